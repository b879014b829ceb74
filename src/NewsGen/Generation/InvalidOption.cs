namespace NewsGen.Generation;

/// <summary>An MSBuild property NewsGen cannot use as set.</summary>
/// <param name="Property">The property's MSBuild name.</param>
/// <param name="Value">The value as set.</param>
/// <param name="Expected">What a valid value looks like.</param>
/// <param name="UsedInstead">The value NewsGen uses instead.</param>
public sealed record InvalidOption(string Property, string Value, string Expected, string UsedInstead);
