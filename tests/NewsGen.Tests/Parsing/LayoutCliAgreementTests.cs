using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NewsGen.Tests.Cli;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Parsing;

/// <summary>
/// The paragraph rule is decided in one place: <c>newsgen check</c>/<c>show</c> and a real compilation read every
/// layout alike, by default and with Lines forced (the CLI's <c>--paragraphs</c>, the build's <c>NewsGenParagraphs</c>).
/// </summary>
public sealed partial class LayoutCliAgreementTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Lines")]
    [InlineData("BlankLines")]
    [InlineData("Auto")]
    public void The_tool_and_a_compilation_report_the_same_layout_diagnostics(string? rule)
    {
        using TempFolder folder = WriteLayouts();

        CliRun tool = rule is null ? CliRun.Of("check", folder.Path) : CliRun.Of("check", folder.Path, "--paragraphs", rule);
        IReadOnlyList<Diagnostic> build = AnalyzerHarness.Run(Files(folder), Options(rule));

        List<string> fromTool = tool.OutLines.Select(Key).OrderBy(k => k, System.StringComparer.Ordinal).ToList();
        List<string> fromBuild = build.Select(Key).OrderBy(k => k, System.StringComparer.Ordinal).ToList();
        Assert.Equal(fromBuild, fromTool);
        Assert.Equal(rule == "Lines" ? 2 : 0, fromTool.Count(k => k.StartsWith("NEWS018", System.StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Lines")]
    public void The_tool_shows_the_paragraphs_the_build_generates(string? rule)
    {
        using TempFolder folder = WriteLayouts();
        GeneratorRun run = GeneratorHarness.Run(Files(folder), globalOptions: Options(rule));

        foreach (string path in Directory.EnumerateFiles(folder.Path, "*.txt"))
        {
            CliRun show = rule is null ? CliRun.Of("show", path, "--json") : CliRun.Of("show", path, "--json", "--paragraphs", rule);
            using JsonDocument json = JsonDocument.Parse(show.Out);
            string[] paragraphs = json.RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).ToArray();
            string source = run.Articles[json.RootElement.GetProperty("typeName").GetString()!];

            Assert.Contains("public const int ParagraphCount = " + paragraphs.Length.ToString(CultureInfo.InvariantCulture) + ";", source);
            Assert.Contains("public const string Paragraph1 = " + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(paragraphs[0], quote: true) + ";", source);
        }
    }

    // Wrapped (with and without a blank line under the headline), the seed, and one-line paragraphs spaced out.
    private static TempFolder WriteLayouts()
    {
        var folder = new TempFolder();
        string wrapped = LayoutTestText.Wrapped(72);
        folder.WriteText("Wrapped.txt", wrapped);
        folder.WriteText("Headed.txt", wrapped.Remove(LayoutTestText.Headline.Length, 1).Replace("\n", "\r\n", System.StringComparison.Ordinal));
        folder.WriteText("Spaced.txt", LayoutTestText.OnePerLineSpaced());
        folder.WriteBytes(Seed.FileName, Seed.Bytes);
        return folder;
    }

    private static IEnumerable<ArticleFile> Files(TempFolder folder) =>
        Directory.EnumerateFiles(folder.Path, "*.txt").Select(path => new ArticleFile(path, CompilerFileReader.Read(path))).ToList();

    private static Dictionary<string, string>? Options(string? rule) =>
        rule is null ? null : new Dictionary<string, string> { ["build_property.NewsGenParagraphs"] = rule };

    // "NEWS018 Wrapped.txt(3,1,3,72) warning: message", from a tool line and from a diagnostic.
    private static string Key(string line)
    {
        Match match = CanonicalLine().Match(line);
        Assert.True(match.Success, line);
        return $"{match.Groups["id"].Value} {Path.GetFileName(match.Groups["file"].Value)}({match.Groups["span"].Value}) {match.Groups["severity"].Value}: {match.Groups["message"].Value}";
    }

    private static string Key(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string where = string.Format(CultureInfo.InvariantCulture, "{0},{1},{2},{3}", span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
        return $"{diagnostic.Id} {Path.GetFileName(span.Path)}({where}) {diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    [GeneratedRegex(@"^(?<file>.*)\((?<span>\d+,\d+,\d+,\d+)\): (?<severity>\w+) (?<id>NEWS\d+): (?<message>.*)$")]
    private static partial Regex CanonicalLine();
}
