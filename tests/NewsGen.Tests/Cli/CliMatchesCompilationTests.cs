using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Tests.Analysis;
using NewsGen.Tests.Infrastructure;
using Xunit;

namespace NewsGen.Tests.Cli;

/// <summary>
/// The key promise of the tool: for the same files, <c>newsgen check</c> and a real compilation running
/// <see cref="NewsGen.Analysis.NewsArticleAnalyzer"/> report the same diagnostics: id, severity, file, span and message.
/// </summary>
public sealed partial class CliMatchesCompilationTests
{
    [Fact]
    public void The_tool_and_a_compilation_report_the_same_diagnostics_for_every_bad_file()
    {
        using var folder = WriteCorpus();

        Assert.Equal(FromCompilation(folder, severityConfigs: []), FromTool(folder));
    }

    [Fact]
    public void They_agree_under_a_globalconfig_and_an_editorconfig_too()
    {
        using var folder = WriteCorpus();
        string global = folder.WriteText(".globalconfig", "is_global = true\ndotnet_diagnostic.NEWS007.severity = error\ndotnet_diagnostic.NEWS008.severity = none\ndotnet_diagnostic.NEWS005.severity = suggestion\n");
        string editor = folder.WriteText(".editorconfig", "root = true\n[*.txt]\ndotnet_diagnostic.NEWS009.severity = none\n");

        List<string> tool = FromTool(folder);

        Assert.Equal(FromCompilation(folder, severityConfigs: [global, editor]), tool);
        Assert.Contains(tool, line => line.Contains("error NEWS007", System.StringComparison.Ordinal));
        Assert.Contains(tool, line => line.Contains("info NEWS005", System.StringComparison.Ordinal));
        Assert.Contains(tool, line => line.Contains("warning NEWS009", System.StringComparison.Ordinal));
        Assert.DoesNotContain(tool, line => line.Contains("NEWS008", System.StringComparison.Ordinal));
    }

    // Every bad file of the analyzer suite, the seed, and two files that clash in name.
    private static TempFolder WriteCorpus()
    {
        var folder = new TempFolder();
        foreach (BadArticleFiles.Case bad in BadArticleFiles.All)
        {
            BadFilesOnDisk.Write(folder, bad.File);
        }

        folder.WriteBytes(Seed.FileName, Seed.Bytes);
        folder.WriteText("Story.txt", "One.\n");
        folder.WriteText("story.txt", "Two.\n");
        return folder;
    }

    private static List<string> FromTool(TempFolder folder)
    {
        CliRun run = CliRun.Of("check", folder.Path);
        Assert.All(run.OutLines, line => Assert.Matches(CanonicalLine(), line));
        return Sorted(run.OutLines);
    }

    private static List<string> FromCompilation(TempFolder folder, string[] severityConfigs)
    {
        // The files as the compiler reads them, in a compilation whose severity options come from the config
        // files the way the compiler takes them.
        var files = Directory.EnumerateFiles(folder.Path, "*.txt").Select(path => new ArticleFile(path, CompilerFileReader.Read(path)));
        Compilation compilation = GeneratorHarness.CreateCompilation(TargetProfile.Net100);
        compilation = compilation.WithOptions(((CSharpCompilationOptions)compilation.Options).WithSyntaxTreeOptionsProvider(GlobalConfigSeverities.FromFiles(severityConfigs)));

        IReadOnlyList<Diagnostic> diagnostics = AnalyzerHarness.Run(files, compilation: compilation);
        Assert.NotEmpty(diagnostics);
        return Sorted(diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(Canonical));
    }

    private static string Canonical(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1},{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static List<string> Sorted(IEnumerable<string> lines) => lines.Order(System.StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^/.+\(\d+,\d+,\d+,\d+\): (error|warning|info) NEWS\d{3}: .+$")]
    private static partial Regex CanonicalLine();
}
