using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Generation;
using NewsGen.Generation.Options;

namespace NewsGen.Benchmarks.Generation;

/// <summary>What NewsGen.props/.targets make MSBuild pass: a root namespace, and every additional file marked as an article.</summary>
internal sealed class ArticleOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Empty = new Options(new Dictionary<string, string>());
    private static readonly AnalyzerConfigOptions Article = new Options(new Dictionary<string, string> { [ProjectOptions.ArticleMetadata] = "true" });

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Corpus" });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
