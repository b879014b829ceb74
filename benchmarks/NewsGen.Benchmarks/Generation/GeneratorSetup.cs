using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Generation;

namespace NewsGen.Benchmarks.Generation;

/// <summary>The pieces a build hands NewsGen: an empty project compilation, parse options, the article files.</summary>
internal static class GeneratorSetup
{
    /// <summary>C# as a net10.0 project compiles it, so NewsGen takes its full path (u8 spans, nullable annotations).</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Parse);

    /// <summary>A project with no code of its own, referencing the runtime's core library (it has ReadOnlySpan).</summary>
    public static CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "Corpus",
            references: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>Fresh additional files over the corpus bytes: nothing decoded yet, as at the start of a build.</summary>
    public static AdditionalText[] Files(IReadOnlyList<SyntheticArticle> corpus) =>
        corpus.Select(a => (AdditionalText)new ByteAdditionalText("/corpus/" + a.Id + ".txt", a.Utf8)).ToArray();

    /// <summary>A driver that has not run yet, as the compiler creates one per build.</summary>
    /// <param name="files">The article files.</param>
    /// <param name="trackSteps">Record each step's time and reasons (as the IDE's tests do): a profile, not the build's cost.</param>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new NewsGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            new ArticleOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
}
