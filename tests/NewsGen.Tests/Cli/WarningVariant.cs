using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary>
/// Project-level warning settings, as written in the project and as the compiler takes them: the switches the
/// Csc task makes of them (<c>/nowarn</c>, <c>/warnaserror±</c>) become these compilation options. The real-build
/// test checks that the CLI, given the project, agrees with <c>dotnet build</c> on them.
/// </summary>
internal sealed record WarningVariant(string Name, string ProjectProperties, string? GlobalConfig, IReadOnlyDictionary<string, ReportDiagnostic> Specific, ReportDiagnostic General)
{
    /// <summary>NoWarn hides NEWS008; WarningsAsErrors raises NEWS007 (the glued word) to an error.</summary>
    public static WarningVariant NoWarnAndWarningsAsErrors { get; } = new(
        "NoWarn + WarningsAsErrors",
        "<NoWarn>$(NoWarn);NEWS008</NoWarn><WarningsAsErrors>$(WarningsAsErrors);NEWS007</WarningsAsErrors>",
        null,
        new Dictionary<string, ReportDiagnostic> { ["NEWS008"] = ReportDiagnostic.Suppress, ["NEWS007"] = ReportDiagnostic.Error },
        ReportDiagnostic.Default);

    /// <summary>
    /// Every warning an error except NEWS003 (WarningsNotAsErrors), and a .globalconfig that makes NEWS008 a
    /// warning (which TreatWarningsAsErrors still raises) and NEWS009 a suggestion (which it leaves).
    /// </summary>
    public static WarningVariant TreatWarningsAsErrorsWithExceptions { get; } = new(
        "TreatWarningsAsErrors + WarningsNotAsErrors + .globalconfig",
        "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>$(WarningsNotAsErrors);NEWS003</WarningsNotAsErrors>",
        "is_global = true\ndotnet_diagnostic.NEWS008.severity = warning\ndotnet_diagnostic.NEWS009.severity = suggestion\n",
        new Dictionary<string, ReportDiagnostic> { ["NEWS003"] = ReportDiagnostic.Default },
        ReportDiagnostic.Error);

    public static TheoryData<string> Names => new() { NoWarnAndWarningsAsErrors.Name, TreatWarningsAsErrorsWithExceptions.Name };

    public static WarningVariant ByName(string name) =>
        name == NoWarnAndWarningsAsErrors.Name ? NoWarnAndWarningsAsErrors : TreatWarningsAsErrorsWithExceptions;

    public override string ToString() => Name;
}
