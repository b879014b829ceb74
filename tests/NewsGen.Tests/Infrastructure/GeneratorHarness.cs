using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Generation;

namespace NewsGen.Tests.Infrastructure;

/// <summary>Runs the real generator through Roslyn's driver and compiles what it emits.</summary>
internal static class GeneratorHarness
{
    public const string Namespace = "Test.Articles";

    public static GeneratorRun Run(
        IEnumerable<ArticleFile> files,
        TargetProfile? target = null,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        string consumerCode = "")
    {
        target ??= TargetProfile.Net100;
        List<ArticleFile> fileList = files.ToList();
        CSharpCompilation compilation = CreateCompilation(target, consumerCode);
        GeneratorDriver driver = CreateDriver(fileList, target, globalOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        return new GeneratorRun(driver, output, generatorDiagnostics, driver.GetRunResult());
    }

    public static GeneratorDriver CreateDriver(IReadOnlyList<ArticleFile> files, TargetProfile target, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var global = new Dictionary<string, string> { ["build_property.NewsGenNamespace"] = Namespace };
        foreach (var pair in globalOptions ?? new Dictionary<string, string>())
        {
            global[pair.Key] = pair.Value;
        }

        var perFile = files.ToDictionary(
            f => f.Path,
            f => (IReadOnlyDictionary<string, string>)(f.IsArticle
                ? new Dictionary<string, string> { [ProjectOptions.ArticleMetadata] = "true" }
                : new Dictionary<string, string>()));

        return CSharpGeneratorDriver.Create(
            new[] { new NewsGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            ParseOptions(target),
            new TestOptionsProvider(global, perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static CSharpParseOptions ParseOptions(TargetProfile target) =>
        new(target.LanguageVersion, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(TargetProfile target, string consumerCode = "") =>
        CSharpCompilation.Create(
            "Consumer",
            consumerCode.Length == 0 ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(consumerCode, ParseOptions(target)) },
            target.References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: target.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                deterministic: true));
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriverRunResult Result)
{
    /// <summary>Generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Every diagnostic of the compilation with the generated code, warnings included (they are errors here).</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
        Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();

    /// <summary>The exception the generator threw, if any.</summary>
    public Exception? Exception => Result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
}
