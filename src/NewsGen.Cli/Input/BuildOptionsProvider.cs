using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Generation;
using NewsGen.Generation.Options;

namespace NewsGen.Cli.Input;

/// <summary>
/// The options the compiler would give the generator and analyzer for a <see cref="BuildView"/>: the keys of
/// the editorconfig MSBuild generates (<c>build_property.X</c>, <c>build_metadata.AdditionalFiles.X</c>), so the
/// tool reads them through the generator's own <see cref="ProjectOptions"/> and cannot read them differently.
/// </summary>
internal sealed class BuildOptionsProvider : AnalyzerConfigOptionsProvider
{
    private const string PropertyPrefix = "build_property.";
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    private static readonly AnalyzerConfigOptions NoOptions = new DictionaryOptions(new Dictionary<string, string>());

    private readonly Dictionary<string, AnalyzerConfigOptions> _byPath = new(StringComparer.Ordinal);

    public BuildOptionsProvider(BuildView view)
    {
        var global = new Dictionary<string, string>(KeyComparer);
        foreach (KeyValuePair<string, string> property in view.Properties)
        {
            global[PropertyPrefix + property.Key] = property.Value;
        }

        GlobalOptions = new DictionaryOptions(global);
        foreach (ArticleItem item in view.Articles)
        {
            // Every item of the view is an article: the mark the package's targets put on NewsArticle items.
            var metadata = new Dictionary<string, string>(KeyComparer) { [ProjectOptions.ArticleMetadata] = "true" };
            foreach (KeyValuePair<string, string> value in item.Metadata)
            {
                metadata[MetadataPrefix + value.Key] = value.Value;
            }

            _byPath[item.Path] = new DictionaryOptions(metadata);
        }
    }

    // Keys compare as the compiler compares them.
    private static StringComparer KeyComparer => AnalyzerConfigOptions.KeyComparer;

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out AnalyzerConfigOptions? options) ? options : NoOptions;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
