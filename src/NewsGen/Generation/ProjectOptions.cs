using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsGen.Generation;

/// <summary>
/// The MSBuild properties and item metadata NewsGen reads, as the compiler passes them to analyzers
/// (<c>build_property.X</c>, <c>build_metadata.AdditionalFiles.X</c>). The package's props make them visible.
/// </summary>
public static class ProjectOptions
{
    /// <summary>Item metadata that marks an AdditionalFiles item as an article (set by <c>&lt;NewsArticle&gt;</c> items).</summary>
    public const string ArticleMetadata = "build_metadata.AdditionalFiles.NewsGenArticle";

    /// <summary>The namespace of the generated code.</summary>
    public const string NamespaceProperty = "build_property.NewsGenNamespace";

    /// <summary>The name of the corpus entry type.</summary>
    public const string CorpusTypeNameProperty = "build_property.NewsGenCorpusTypeName";

    private const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>The namespace used when neither <c>NewsGenNamespace</c> nor <c>RootNamespace</c> gives one.</summary>
    public const string FallbackNamespace = "NewsGen.Articles";

    /// <summary>True when the file's options mark it as an article.</summary>
    public static bool IsArticle(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(ArticleMetadata, out string? value) && string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The namespace for generated code: <c>NewsGenNamespace</c> when set and valid, else
    /// <c>&lt;RootNamespace&gt;.Articles</c>, else <see cref="FallbackNamespace"/>.
    /// </summary>
    public static string Namespace(AnalyzerConfigOptions globalOptions)
    {
        if (globalOptions.TryGetValue(NamespaceProperty, out string? configured) && IsValidNamespace(configured?.Trim()))
        {
            return configured!.Trim();
        }

        if (globalOptions.TryGetValue(RootNamespaceProperty, out string? root) && IsValidNamespace(root?.Trim() + ".Articles"))
        {
            return root!.Trim() + ".Articles";
        }

        return FallbackNamespace;
    }

    /// <summary>The corpus type's name: <c>NewsGenCorpusTypeName</c> when set and valid, else <c>NewsCorpus</c>.</summary>
    public static string CorpusTypeName(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(CorpusTypeNameProperty, out string? configured) && IsValidIdentifier(configured?.Trim())
            ? configured!.Trim()
            : GeneratedNames.DefaultCorpusTypeName;

    /// <summary>True for a dotted name whose every part is an identifier that is not a keyword.</summary>
    public static bool IsValidNamespace(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (string part in name!.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a C# identifier that is not a keyword (so it needs no '@').</summary>
    public static bool IsValidIdentifier(string? name) =>
        !string.IsNullOrEmpty(name)
        && SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name!) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name!) == SyntaxKind.None;
}
