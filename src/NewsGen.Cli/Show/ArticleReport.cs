using NewsGen.Parsing;

namespace NewsGen.Cli.Show;

/// <summary>One article file with what the parser read from it.</summary>
internal sealed record ArticleReport(string Path, string Text, ParsedArticle Article);
