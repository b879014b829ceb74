namespace NewsGen.Generation.Options;

/// <summary>A NewsGen setting (MSBuild property or NewsArticle item metadata) NewsGen cannot use as set.</summary>
/// <param name="Setting">What was set, as the message names it: "The MSBuild property NewsGenNamespace".</param>
/// <param name="Value">The value as set.</param>
/// <param name="Expected">What a valid value looks like.</param>
/// <param name="UsedInstead">What NewsGen uses instead.</param>
public sealed record InvalidOption(string Setting, string Value, string Expected, string UsedInstead);
