using System.Collections.Generic;
using NewsGen.Cli.Checking;
using NewsGen.Parsing;

namespace NewsGen.Cli.Show;

/// <summary>One article file with what the parser read from it and the diagnostics it gets.</summary>
internal sealed record ArticleReport(string Path, string Text, ParsedArticle Article, IReadOnlyList<ReportedDiagnostic> Diagnostics);
