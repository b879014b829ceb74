using NewsGen.Parsing;
using NewsGen.Parsing.Checks;

namespace NewsGen.Cli.Checking;

/// <summary>What a check runs with: the limits and the paragraph rule, as the MSBuild properties would set them.</summary>
internal sealed record CheckSettings(ArticleLimits Limits, ParagraphRule Paragraphs);
