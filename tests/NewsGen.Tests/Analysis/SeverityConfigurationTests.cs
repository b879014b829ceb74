using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Analysis;

/// <summary>
/// Severity set the ways MSBuild passes it to the compiler (NoWarn, WarningsAsErrors, TreatWarningsAsErrors,
/// and .globalconfig's <c>dotnet_diagnostic.ID.severity</c>, which all end up as the compilation's diagnostic
/// options) really changes what the compilation reports. EndToEndBuildTests does the same through a real build.
/// </summary>
public sealed class SeverityConfigurationTests
{
    private static readonly ArticleFile Glued = new("/articles/glued.txt", "Trump's regretsThe latest.\n");
    private static readonly ArticleFile Control = new("/articles/control.txt", "The tape\0 ran out.\n");
    private static readonly ArticleFile Unclosed = new("/articles/unclosed.txt", "He said, \"We will rebuild.\nThe council met.\n");

    [Fact]
    public void A_quotation_mark_fault_is_a_warning_that_can_be_raised_to_an_error()
    {
        Assert.Equal(new[] { (DiagnosticSeverity.Warning, "NEWS003") }, Severities(AnalyzerHarness.Run(new[] { Unclosed })));
        Assert.Equal(
            new[] { (DiagnosticSeverity.Error, "NEWS003") },
            Severities(AnalyzerHarness.Run(new[] { Unclosed }, severities: new Dictionary<string, ReportDiagnostic> { ["NEWS003"] = ReportDiagnostic.Error })));
    }

    [Fact]
    public void Defaults_are_a_warning_for_glued_text_and_an_error_for_control_characters()
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(new[] { Control, Glued });

        Assert.Equal(new[] { (DiagnosticSeverity.Warning, "NEWS007"), (DiagnosticSeverity.Error, "NEWS005") }, Severities(diagnostics));
    }

    [Fact]
    public void Severity_error_raises_the_warning()
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(new[] { Glued }, severities: new Dictionary<string, ReportDiagnostic> { ["NEWS007"] = ReportDiagnostic.Error });

        Assert.Equal(new[] { (DiagnosticSeverity.Error, "NEWS007") }, Severities(diagnostics));
    }

    [Fact]
    public void NoWarn_or_severity_none_silences_it()
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(new[] { Glued, Control }, severities: new Dictionary<string, ReportDiagnostic> { ["NEWS007"] = ReportDiagnostic.Suppress, ["NEWS005"] = ReportDiagnostic.Suppress });

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_error_can_be_lowered_to_a_warning()
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(new[] { Control }, severities: new Dictionary<string, ReportDiagnostic> { ["NEWS005"] = ReportDiagnostic.Warn });

        Assert.Equal(new[] { (DiagnosticSeverity.Warning, "NEWS005") }, Severities(diagnostics));
    }

    [Fact]
    public void TreatWarningsAsErrors_makes_the_warning_an_error_unless_exempted()
    {
        Diagnostic raised = Assert.Single(AnalyzerHarness.Run(new[] { Glued }, generalOption: ReportDiagnostic.Error));
        Assert.Equal(DiagnosticSeverity.Error, raised.Severity);
        Assert.True(raised.IsWarningAsError);

        // WarningsNotAsErrors, as the sample and this test project set for the seed.
        Diagnostic exempted = Assert.Single(AnalyzerHarness.Run(new[] { Glued }, severities: new Dictionary<string, ReportDiagnostic> { ["NEWS007"] = ReportDiagnostic.Warn }, generalOption: ReportDiagnostic.Error));
        Assert.Equal(DiagnosticSeverity.Warning, exempted.Severity);
    }

    private static List<(DiagnosticSeverity, string)> Severities(IEnumerable<Diagnostic> diagnostics)
    {
        var result = new List<(DiagnosticSeverity, string)>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            result.Add((diagnostic.Severity, diagnostic.Id));
        }

        result.Sort();
        return result;
    }
}
