namespace NewsGen.Cli.Projects;

/// <summary>The MSBuild properties the Csc task turns into warning switches (/nowarn, /warnaserror±, /warn).</summary>
internal sealed record ProjectWarningProperties(string NoWarn, string WarningsAsErrors, string WarningsNotAsErrors, string TreatWarningsAsErrors, string WarningLevel)
{
    public static ProjectWarningProperties None { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
}
