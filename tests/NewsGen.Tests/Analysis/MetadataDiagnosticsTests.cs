using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Analysis;

/// <summary>
/// NEWS021-NEWS025 through the real analyzer, with their places and severities; NEWS024 with the
/// NewsGenRequiredMetadata property. (The one-file-per-rule cases are in <see cref="BadArticleFiles"/>.)
/// </summary>
public sealed class MetadataDiagnosticsTests
{
    private static readonly Dictionary<string, string> RequireDateAndSection = new() { ["build_property.NewsGenRequiredMetadata"] = "date; section" };

    [Fact]
    public void Every_fault_of_one_block_is_reported_at_its_own_line_and_column()
    {
        const string text = "---\ntitle: \"Storm\ndate: May 1, 2024\ntags: [a, b\ntags: [c]\n  nested: 1\n---\nThe council met.\n";

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(new[] { new ArticleFile("/articles/storm.txt", text) });

        Assert.Equal(
            new[] { "NEWS021 storm.txt(2,8,2,14)", "NEWS022 storm.txt(3,7,3,18)", "NEWS021 storm.txt(4,7,4,12)", "NEWS023 storm.txt(5,1,5,5)", "NEWS021 storm.txt(6,3,6,12)" },
            diagnostics.Select(AnalyzerHarness.Describe));
        Assert.Equal("The date 'May 1, 2024' is not an ISO 8601 date: it is not of the form YYYY-MM-DD. Write it as YYYY-MM-DD, optionally with a time (2024-05-01T09:30:00+02:00).", diagnostics[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("The key 'tags' is already set on line 4; this value is ignored. Delete one of the lines or merge them.", diagnostics[3].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void An_unclosed_block_is_a_warning_since_the_text_is_embedded_as_written()
    {
        Diagnostic diagnostic = Assert.Single(AnalyzerHarness.Run(new[] { new ArticleFile("/articles/rule.txt", "---\nThe council met.\n") }));

        Assert.Equal("NEWS025 rule.txt(1,1,1,4)", AnalyzerHarness.Describe(diagnostic));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void A_required_key_missing_is_a_warning_at_the_block_or_at_the_start_of_the_file()
    {
        var files = new[]
        {
            new ArticleFile("/articles/dated.txt", "---\ntitle: T\n---\nThe council met.\n"),
            new ArticleFile("/articles/plain.txt", "The council met.\n"),
            new ArticleFile("/articles/complete.txt", "---\ndate: 2024-05-01\nsection: politics\n---\nThe council met.\n"),
        };

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(files, RequireDateAndSection);

        Assert.Equal(
            new[] { "NEWS024 dated.txt(1,1,1,4)", "NEWS024 dated.txt(1,1,1,4)", "NEWS024 plain.txt(1,1,1,1)", "NEWS024 plain.txt(1,1,1,1)" },
            diagnostics.Select(AnalyzerHarness.Describe));
        Assert.Equal(
            new[] { "date", "section", "date", "section" },
            diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\'')[1]));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void The_section_can_come_from_the_folder_and_the_authors_from_a_byline()
    {
        var files = new[]
        {
            new ArticleFile("/articles/politics/vote.txt", "---\ndate: 2024-05-01\n---\nBy Jane Doe\nThe council met.\n", Metadata: new Dictionary<string, string> { ["NewsGenRecursiveDir"] = "politics/" }),
        };

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(files, new Dictionary<string, string> { ["build_property.NewsGenRequiredMetadata"] = "date;section;authors;source" });

        Diagnostic missing = Assert.Single(diagnostics);
        Assert.Contains("'source'", missing.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_key_no_block_could_set_is_an_invalid_option()
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(
            new[] { new ArticleFile("/articles/a.txt", "---\ndate: 2024-05-01\n---\nThe council met.\n") },
            new Dictionary<string, string> { ["build_property.NewsGenRequiredMetadata"] = "date;pub date" });

        Assert.Equal(new[] { "NEWS012" }, diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Typography_checks_read_the_body_not_the_block()
    {
        const string block = "---\ntitle: regretsThe line\n---\n";

        Assert.Empty(AnalyzerHarness.Run(new[] { new ArticleFile("/articles/a.txt", block + "The council met.\n") }));
        Assert.Equal(
            new[] { "NEWS007 b.txt(4,5,4,15)" },
            AnalyzerHarness.Run(new[] { new ArticleFile("/articles/b.txt", block + "Her regretsThe line.\n") }).Select(AnalyzerHarness.Describe));
    }

    [Fact]
    public void Severities_can_be_configured_like_every_other()
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(
            new[] { new ArticleFile("/articles/a.txt", "---\ndate: 2024-13-01\n---\nThe council met.\n") },
            severities: new Dictionary<string, ReportDiagnostic> { ["NEWS022"] = ReportDiagnostic.Warn });

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
    }
}
