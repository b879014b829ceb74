using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Analysis;

namespace NewsGen.Tests.Infrastructure;

/// <summary>
/// Runs the real <see cref="NewsArticleAnalyzer"/> through Roslyn's <see cref="CompilationWithAnalyzers"/> over a
/// compilation with AdditionalFiles and MSBuild-style options, as the compiler does in a build.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>The analyzer's diagnostics, after the compilation's severity options have applied.</summary>
    public static IReadOnlyList<Diagnostic> Run(
        IEnumerable<ArticleFile> files,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, ReportDiagnostic>? severities = null,
        ReportDiagnostic generalOption = ReportDiagnostic.Default,
        Compilation? compilation = null)
    {
        List<ArticleFile> fileList = files.ToList();
        compilation ??= GeneratorHarness.CreateCompilation(TargetProfile.Net100);
        compilation = compilation.WithOptions(((CSharpCompilationOptions)compilation.Options)
            .WithGeneralDiagnosticOption(generalOption)
            .WithSpecificDiagnosticOptions(severities ?? new Dictionary<string, ReportDiagnostic>()));

        var options = new AnalyzerOptions(
            fileList.Select(f => f.ToAdditionalText()).ToImmutableArray(),
            GeneratorHarness.CreateOptionsProvider(fileList, globalOptions));
        CompilationWithAnalyzers withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NewsArticleAnalyzer()), options);
        return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>"NEWS007 a.txt(5,169,5,179)": id, file name and 1-based span, as MSBuild prints them.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        if (diagnostic.Location == Location.None)
        {
            return diagnostic.Id;
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string name = System.IO.Path.GetFileName(span.Path);
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1}({2},{3},{4},{5})",
            diagnostic.Id,
            name,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1);
    }

    public static string[] Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Describe).ToArray();

    /// <summary>The diagnostics for one article file at /articles/<paramref name="name"/>.</summary>
    public static string[] Check(string text, string name = "a.txt", IReadOnlyDictionary<string, string>? globalOptions = null) =>
        Describe(Run(new[] { new ArticleFile("/articles/" + name, text) }, globalOptions));
}
