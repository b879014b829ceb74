using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NewsGen.Tests.PropertyBased;

/// <summary>Reads a generated article file back as C# syntax: what a compiler would see, not what the text looks like.</summary>
internal sealed class GeneratedSyntax(SyntaxTree tree, string typeName)
{
    private readonly SyntaxNode _root = tree.GetRoot();

    /// <summary>The article type.</summary>
    public ClassDeclarationSyntax ArticleType => _root.DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.Identifier.ValueText == typeName);

    /// <summary>The constants the article type declares, by name, with their values as the compiler reads them.</summary>
    public Dictionary<string, object?> Constants(Compilation compilation)
    {
        SemanticModel model = compilation.GetSemanticModel(tree);
        return ArticleType.Members.OfType<FieldDeclarationSyntax>()
            .Where(f => f.Modifiers.Any(SyntaxKind.ConstKeyword))
            .SelectMany(f => f.Declaration.Variables)
            .ToDictionary(v => v.Identifier.ValueText, v => model.GetConstantValue(v.Initializer!.Value).Value);
    }

    /// <summary>Every preprocessor directive in the file.</summary>
    public IEnumerable<SyntaxKind> Directives =>
        _root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).Select(t => t.Kind());

    /// <summary>Every <c>//</c> and <c>/* */</c> comment (doc comments are structured trivia, not these).</summary>
    public IEnumerable<string> PlainComments =>
        _root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)).Select(t => t.ToString());

    /// <summary>Text the parser could not make sense of.</summary>
    public IEnumerable<SyntaxTrivia> SkippedText =>
        _root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsKind(SyntaxKind.SkippedTokensTrivia));
}
