using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Parsing;

/// <summary>
/// The paragraph rule through the public surface: the generated API of a real compilation, and the analyzer's
/// diagnostics (NEWS018 and the quotation warnings beside it), for the default and for each way of forcing a rule.
/// </summary>
public sealed class LayoutBuildTests
{
    private const string ForceLinesProperty = "build_property.NewsGenParagraphs";

    private static readonly string Wrapped = LayoutTestText.Wrapped(72);

    [Fact]
    public void By_default_a_wrapped_article_generates_its_real_paragraphs_lede_and_quote()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { new ArticleFile("/p/harbour.txt", Wrapped) });

        string source = run.Articles["Harbour"];
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains("public const int ParagraphCount = 4;", source);
        Assert.Contains("public const string Title = \"" + LayoutTestText.Headline + "\";", source);
        Assert.Contains("public const string Lede = \"" + LayoutTestText.Paragraphs[0] + "\";", source);
        Assert.Contains("public const string Paragraph3 = \"" + LayoutTestText.Paragraphs[2] + "\";", source);
        Assert.Contains("public const int QuoteCount = 1;", source);
        Assert.Contains("public const string Quote1 = \"We cannot ask the traders to rebuild every winter while the old wall crumbles into the sea, and we will not,\";", source);
    }

    [Fact]
    public void By_default_a_wrapped_article_with_quotes_across_lines_has_no_diagnostic()
    {
        Assert.Empty(AnalyzerHarness.Check(Wrapped, "harbour.txt"));
    }

    [Fact]
    public void Forced_Lines_gets_one_NEWS018_at_the_first_wrapping_line_and_no_quote_warnings()
    {
        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(
            new[] { new ArticleFile("/articles/harbour.txt", Wrapped) },
            new Dictionary<string, string> { [ForceLinesProperty] = "Lines" });

        Diagnostic news018 = Assert.Single(diagnostics);
        string firstLine = Wrapped.Split('\n')[2];
        Assert.Equal($"NEWS018 harbour.txt(3,1,3,{firstLine.Length + 1})", AnalyzerHarness.Describe(news018));
        Assert.Equal(DiagnosticSeverity.Warning, news018.Severity);
        string message = news018.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("Paragraphs=\"BlankLines\"", message, System.StringComparison.Ordinal);
        Assert.Contains("<NewsGenParagraphs>BlankLines</NewsGenParagraphs>", message, System.StringComparison.Ordinal);
        Assert.Contains("column " + LayoutTestText.Paragraphs.SelectMany(p => LayoutTestText.Wrap(p, 72).Split('\n')).Max(l => l.Length).ToString(CultureInfo.InvariantCulture), message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Forced_Lines_still_reports_a_quotation_fault_of_the_text_itself()
    {
        // A stray opening mark in the last paragraph stays unclosed however the lines are read: a real fault.
        string text = Wrapped.Replace("cost of doing so.", "cost of \"doing so.", System.StringComparison.Ordinal);
        Assert.NotEqual(Wrapped, text);

        string[] forced = AnalyzerHarness.Check(text, "harbour.txt", new Dictionary<string, string> { [ForceLinesProperty] = "Lines" });
        string[] auto = AnalyzerHarness.Check(text, "harbour.txt");

        string stray = Assert.Single(auto);
        Assert.StartsWith("NEWS003", stray, System.StringComparison.Ordinal);
        Assert.Equal(new[] { stray }, forced.Where(d => d.StartsWith("NEWS003", System.StringComparison.Ordinal)));
        Assert.Single(forced, d => d.StartsWith("NEWS018", System.StringComparison.Ordinal));
        Assert.Equal(2, forced.Length);
    }

    [Fact]
    public void Forced_Lines_on_the_seed_adds_nothing_to_its_one_warning()
    {
        string[] diagnostics = AnalyzerHarness.Check(Seed.Text, Seed.FileName, new Dictionary<string, string> { [ForceLinesProperty] = "Lines" });

        Assert.Equal(new[] { "NEWS007 000_e551924a018df44c.txt(5,169,5,179)" }, diagnostics);
    }

    [Fact]
    public void Paragraphs_metadata_Lines_forces_the_rule_for_one_article_and_warns_on_it_only()
    {
        var files = new[]
        {
            new ArticleFile("/articles/harbour.txt", Wrapped),
            new ArticleFile("/articles/forced.txt", Wrapped, Metadata: new Dictionary<string, string> { ["Paragraphs"] = "Lines" }),
        };

        GeneratorRun run = GeneratorHarness.Run(files);
        string[] diagnostics = AnalyzerHarness.Describe(AnalyzerHarness.Run(files));

        Assert.Contains("public const int ParagraphCount = 4;", run.Articles["Harbour"]);
        Assert.Contains("public const int ParagraphCount = " + (Wrapped.Split('\n').Count(l => l.Length > 0) - 1).ToString(CultureInfo.InvariantCulture) + ";", run.Articles["Forced"]);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(new[] { "NEWS018 forced.txt(3,1,3," + (Wrapped.Split('\n')[2].Length + 1).ToString(CultureInfo.InvariantCulture) + ")" }, diagnostics);
    }

    [Fact]
    public void Paragraphs_metadata_Auto_or_BlankLines_overrides_a_project_that_forces_Lines()
    {
        var options = new Dictionary<string, string> { [ForceLinesProperty] = "lines" };
        var files = new[]
        {
            new ArticleFile("/articles/forced.txt", Wrapped),
            new ArticleFile("/articles/auto.txt", Wrapped, Metadata: new Dictionary<string, string> { ["Paragraphs"] = "Auto" }),
            new ArticleFile("/articles/blank.txt", Wrapped, Metadata: new Dictionary<string, string> { ["Paragraphs"] = "BlankLines" }),
        };

        GeneratorRun run = GeneratorHarness.Run(files, globalOptions: options);
        string[] diagnostics = AnalyzerHarness.Describe(AnalyzerHarness.Run(files, options));

        Assert.Contains("public const int ParagraphCount = 4;", run.Articles["Auto"]);
        Assert.Contains("public const int ParagraphCount = 4;", run.Articles["Blank"]);
        Assert.DoesNotContain("public const int ParagraphCount = 4;", run.Articles["Forced"]);
        Assert.Equal(new[] { "NEWS018" }, diagnostics.Select(d => d.Split(' ')[0]).Distinct());
        Assert.Single(diagnostics, d => d.Contains("forced.txt", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_BlankLines_property_joins_and_Lines_metadata_splits_again()
    {
        var options = new Dictionary<string, string> { [ForceLinesProperty] = "BlankLines" };
        var files = new[]
        {
            new ArticleFile("/articles/seedlike.txt", LayoutTestText.OnePerLine()),
            new ArticleFile("/articles/lines.txt", LayoutTestText.OnePerLine(), Metadata: new Dictionary<string, string> { ["Paragraphs"] = "Lines" }),
        };

        GeneratorRun run = GeneratorHarness.Run(files, globalOptions: options);

        Assert.Contains("public const int ParagraphCount = 1;", run.Articles["Seedlike"]);
        Assert.Contains("public const int ParagraphCount = 4;", run.Articles["Lines"]);
    }
}
