using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Generation;
using NewsGen.Generation.Emit;
using NewsGen.Generation.Options;

namespace NewsGen.Tests.Infrastructure;

/// <summary>Runs the real generator through Roslyn's driver and compiles what it emits.</summary>
internal static class GeneratorHarness
{
    public const string Namespace = "Test.Articles";

    public static GeneratorRun Run(
        IEnumerable<ArticleFile> files,
        TargetProfile? target = null,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        string consumerCode = "",
        bool trackSteps = true)
    {
        target ??= TargetProfile.Net100;
        List<ArticleFile> fileList = files.ToList();
        CSharpCompilation compilation = CreateCompilation(target, consumerCode);
        GeneratorDriver driver = CreateDriver(fileList, target, globalOptions, out _, trackSteps);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        return new GeneratorRun(driver, output, generatorDiagnostics, driver.GetRunResult());
    }

    public static GeneratorDriver CreateDriver(IReadOnlyList<ArticleFile> files, TargetProfile target, IReadOnlyDictionary<string, string>? globalOptions = null) =>
        CreateDriver(files, target, globalOptions, out _);

    /// <summary>
    /// Creates a driver and hands out the AdditionalText objects it holds, for tests that replace one. Step tracking
    /// (what the incremental tests read) can be turned off: Roslyn records every output's whole input tree, which
    /// grows far faster than the corpus and costs minutes at thousands of articles; compilers and IDEs never track.
    /// </summary>
    public static GeneratorDriver CreateDriver(IReadOnlyList<ArticleFile> files, TargetProfile target, IReadOnlyDictionary<string, string>? globalOptions, out ImmutableArray<AdditionalText> texts, bool trackSteps = true)
    {
        texts = files.Select(f => f.ToAdditionalText()).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            new[] { new NewsGenerator().AsSourceGenerator() },
            texts,
            ParseOptions(target),
            CreateOptionsProvider(files, globalOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Options as the package's props/targets make MSBuild pass them: the article mark per file, properties globally.</summary>
    public static TestOptionsProvider CreateOptionsProvider(IReadOnlyList<ArticleFile> files, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var global = new Dictionary<string, string> { ["build_property.NewsGenNamespace"] = Namespace };
        foreach (var pair in globalOptions ?? new Dictionary<string, string>())
        {
            global[pair.Key] = pair.Value;
        }

        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (ArticleFile file in files)
        {
            var metadata = new Dictionary<string, string>();
            if (file.IsArticle)
            {
                metadata[ProjectOptions.ArticleMetadata] = "true";
            }

            foreach (var pair in file.Metadata ?? new Dictionary<string, string>())
            {
                metadata["build_metadata.AdditionalFiles." + pair.Key] = pair.Value;
            }

            perFile[file.Path] = metadata;
        }

        return new TestOptionsProvider(global, perFile);
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

    /// <summary>
    /// Each generated article's code (its namespace block) by type name, and by full name: articles share
    /// generated files (see ArticleGroups), and tests read one article at a time.
    /// </summary>
    public IReadOnlyDictionary<string, string> Articles
    {
        get
        {
            var articles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> source in Sources.Where(s => s.Key.StartsWith("NewsGen.Articles.", StringComparison.Ordinal)))
            {
                foreach (var block in CSharpSyntaxTree.ParseText(source.Value).GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.NamespaceDeclarationSyntax>())
                {
                    // The block that ends the file is the corpus type's part that finds these articles (ArticleFileIndex): not an article.
                    var declaration = block.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First();
                    if (declaration.AttributeLists.Count == 0)
                    {
                        continue;
                    }

                    string type = declaration.Identifier.ValueText;
                    articles[type] = block.ToFullString();
                    articles[block.Name + "." + type] = block.ToFullString();
                }
            }

            return articles;
        }
    }

    /// <summary>The syntax tree of the generated file that holds the article type <paramref name="typeName"/>.</summary>
    public SyntaxTree ArticleTree(string typeName) =>
        Compilation.SyntaxTrees.Single(t => t.FilePath.Contains("NewsGen.Articles.", StringComparison.Ordinal)
            && t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Any(c => c.Identifier.ValueText == typeName));

    /// <summary>Every diagnostic of the compilation with the generated code, warnings included (they are errors here).</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
        Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();

    /// <summary>The exception the generator threw, if any.</summary>
    public Exception? Exception => Result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
}
