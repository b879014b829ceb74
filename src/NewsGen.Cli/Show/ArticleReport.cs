using System.Collections.Generic;
using NewsGen.Cli.Checking;
using NewsGen.Naming;
using NewsGen.Parsing;

namespace NewsGen.Cli.Show;

/// <summary>One article file with what the parser read from it, the name the generator gives it, and its diagnostics.</summary>
/// <param name="Path">The file, as given or found.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="Article">The parse the check made (the generator's parse: one per file).</param>
/// <param name="Name">The file's entry in the generator's name table.</param>
/// <param name="Namespace">The namespace of the generated code, to which <see cref="ArticleNameAssignment.QualifiedName"/> is relative.</param>
/// <param name="Diagnostics">The file's diagnostics, as <c>check</c> reports them.</param>
internal sealed record ArticleReport(string Path, string Text, ParsedArticle Article, ArticleNameAssignment Name, string Namespace, IReadOnlyList<ReportedDiagnostic> Diagnostics)
{
    /// <summary>The generated type's full name, as the build emits it: <c>Consumer.Articles.Politics.SenateVote</c>.</summary>
    public string FullTypeName => Namespace + "." + Name.QualifiedName;
}
