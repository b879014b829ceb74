using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Parsing;
using NewsGen.Parsing.Checks;

namespace NewsGen.Generation.Options;

/// <summary>
/// The MSBuild properties and item metadata NewsGen reads, as the compiler passes them to analyzers
/// (<c>build_property.X</c>, <c>build_metadata.AdditionalFiles.X</c>). The package's props make them visible.
/// </summary>
public static class ProjectOptions
{
    /// <summary>Item metadata that marks an AdditionalFiles item as an article (set by <c>&lt;NewsArticle&gt;</c> items).</summary>
    public const string ArticleMetadata = "build_metadata.AdditionalFiles.NewsGenArticle";

    /// <summary>Item metadata that names an article's generated type (<c>&lt;NewsArticle Include="a.txt" TypeName="Breaking" /&gt;</c>).</summary>
    public const string TypeNameMetadata = "build_metadata.AdditionalFiles.TypeName";

    /// <summary>Item metadata that sets one article's paragraph rule, overriding <see cref="ParagraphsProperty"/>.</summary>
    public const string ParagraphsMetadata = "build_metadata.AdditionalFiles.Paragraphs";

    /// <summary>Item metadata with the folders an article's wildcard matched (<c>%(RecursiveDir)</c>), copied by the package's targets.</summary>
    public const string RecursiveDirMetadata = "build_metadata.AdditionalFiles.NewsGenRecursiveDir";

    /// <summary>Item metadata with the path an item shows as (<c>Link</c>); when set it is the article's id.</summary>
    public const string LinkMetadata = "build_metadata.AdditionalFiles.Link";

    /// <summary>The full path of the <c>NewsGenArticleRoot</c> folder, as the package's targets resolve it.</summary>
    public const string ArticleRootProperty = "build_property.NewsGenArticleRootFullPath";

    /// <summary>The paragraph rule of all articles: <c>Auto</c> (default), <c>Lines</c> or <c>BlankLines</c>.</summary>
    public const string ParagraphsProperty = "build_property.NewsGenParagraphs";

    /// <summary>How the views get article text: <c>Auto</c> (default), <c>Strings</c> or <c>Utf8</c>.</summary>
    public const string StorageProperty = "build_property.NewsGenStorage";

    /// <summary>The namespace of the generated code.</summary>
    public const string NamespaceProperty = "build_property.NewsGenNamespace";

    /// <summary>The name of the corpus entry type.</summary>
    public const string CorpusTypeNameProperty = "build_property.NewsGenCorpusTypeName";

    /// <summary>The largest article file accepted, in bytes.</summary>
    public const string MaxArticleBytesProperty = "build_property.NewsGenMaxArticleBytes";

    /// <summary>The longest paragraph accepted without a warning, in characters.</summary>
    public const string MaxParagraphLengthProperty = "build_property.NewsGenMaxParagraphLength";

    /// <summary>The front-matter keys every article must give, separated by <c>;</c> (<c>date;section</c>).</summary>
    public const string RequiredMetadataProperty = "build_property.NewsGenRequiredMetadata";

    private const string BuildPropertyPrefix = "build_property.";

    private const string ItemMetadataPrefix = "build_metadata.AdditionalFiles.";

    private const string ParagraphRuleValues = "Auto, Lines or BlankLines";

    private const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>The namespace used when neither <c>NewsGenNamespace</c> nor <c>RootNamespace</c> gives one.</summary>
    public const string FallbackNamespace = "NewsGen.Articles";

    /// <summary>True when the file's options mark it as an article.</summary>
    public static bool IsArticle(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(ArticleMetadata, out string? value) && string.Equals(value?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>The article's id, from its path and the metadata and root the project gives (see <see cref="Naming.ArticleIdentity"/>).</summary>
    public static string ArticleId(string path, AnalyzerConfigOptions globalOptions, AnalyzerConfigOptions fileOptions) =>
        Naming.ArticleIdentity.Id(path, Value(fileOptions, LinkMetadata), Value(fileOptions, RecursiveDirMetadata), Value(globalOptions, ArticleRootProperty));

    /// <summary>The type name an article's metadata asks for, or null when it asks for none or for an invalid one.</summary>
    public static string? TypeNameOverride(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue(TypeNameMetadata, out string? value) && IsValidTypeName(value?.Trim()) ? value!.Trim() : null;

    /// <summary>True for a corpus type name: a valid type name that none of NewsGen's own generated types uses.</summary>
    public static bool IsValidCorpusTypeName(string? name) => IsValidTypeName(name) && !GeneratedNames.IsViewTypeName(name!);

    /// <summary>
    /// True for a name a generated type can take: an identifier, not a keyword, and not made only of lower-case
    /// ASCII letters, digits and underscores (such names draw warning CS8981, an error where warnings are).
    /// </summary>
    public static bool IsValidTypeName(string? name)
    {
        if (!IsValidIdentifier(name))
        {
            return false;
        }

        foreach (char c in name!)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The paragraph rule for one article: its <c>Paragraphs</c> metadata, else the <c>NewsGenParagraphs</c>
    /// property, else <see cref="ParagraphRule.Auto"/> (which the parser resolves per file with
    /// <see cref="Parsing.Layout.LayoutDetector"/>). An invalid value counts as not set (the analyzer reports it).
    /// </summary>
    public static ParagraphRule Paragraphs(AnalyzerConfigOptions globalOptions, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue(ParagraphsMetadata, out string? perFile) && TryParseParagraphRule(perFile, out ParagraphRule rule))
        {
            return rule;
        }

        return globalOptions.TryGetValue(ParagraphsProperty, out string? global) && TryParseParagraphRule(global, out rule)
            ? rule
            : ParagraphRule.Auto;
    }

    /// <summary>Reads <c>Auto</c>, <c>Lines</c> or <c>BlankLines</c> (any case); false for anything else, including empty.</summary>
    public static bool TryParseParagraphRule(string? value, out ParagraphRule rule)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "AUTO":
                rule = ParagraphRule.Auto;
                return true;
            case "LINES":
                rule = ParagraphRule.Lines;
                return true;
            case "BLANKLINES":
                rule = ParagraphRule.BlankLines;
                return true;
            default:
                rule = ParagraphRule.Auto;
                return false;
        }
    }

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
        globalOptions.TryGetValue(CorpusTypeNameProperty, out string? configured) && IsValidCorpusTypeName(configured?.Trim())
            ? configured!.Trim()
            : GeneratedNames.DefaultCorpusTypeName;

    /// <summary>The size limits the project sets; an invalid or missing value gives that limit's default.</summary>
    public static ArticleLimits Limits(AnalyzerConfigOptions globalOptions)
    {
        ArticleLimits.TryParseLimit(Value(globalOptions, MaxArticleBytesProperty), ArticleLimits.DefaultMaxArticleBytes, long.MaxValue, out long maxBytes);
        ArticleLimits.TryParseLimit(Value(globalOptions, MaxParagraphLengthProperty), ArticleLimits.DefaultMaxParagraphLength, int.MaxValue, out long maxParagraph);
        return new ArticleLimits(maxBytes, (int)maxParagraph);
    }

    /// <summary>
    /// Every NewsGen property set to a value NewsGen cannot use, with what it expects and what it uses instead.
    /// The readers above fall back in exactly these cases, so the analyzer reports each fallback the generator takes.
    /// </summary>
    public static IEnumerable<InvalidOption> InvalidOptions(AnalyzerConfigOptions globalOptions)
    {
        string? configuredNamespace = Value(globalOptions, NamespaceProperty);
        if (!string.IsNullOrWhiteSpace(configuredNamespace) && !IsValidNamespace(configuredNamespace!.Trim()))
        {
            yield return new InvalidOption(Property(NamespaceProperty), configuredNamespace, "a namespace: identifiers joined by dots, none a C# keyword", Quoted(Namespace(globalOptions)));
        }

        string? corpus = Value(globalOptions, CorpusTypeNameProperty);
        if (!string.IsNullOrWhiteSpace(corpus) && !IsValidCorpusTypeName(corpus!.Trim()))
        {
            yield return new InvalidOption(Property(CorpusTypeNameProperty), corpus, "a C# identifier that is not a keyword, not all lower-case, and not the name of a NewsGen view type", Quoted(CorpusTypeName(globalOptions)));
        }

        string? maxBytes = Value(globalOptions, MaxArticleBytesProperty);
        if (!ArticleLimits.TryParseLimit(maxBytes, ArticleLimits.DefaultMaxArticleBytes, long.MaxValue, out _))
        {
            yield return new InvalidOption(Property(MaxArticleBytesProperty), maxBytes!, "a whole number of bytes greater than 0", Quoted(Invariant(ArticleLimits.DefaultMaxArticleBytes)));
        }

        string? maxParagraph = Value(globalOptions, MaxParagraphLengthProperty);
        if (!ArticleLimits.TryParseLimit(maxParagraph, ArticleLimits.DefaultMaxParagraphLength, int.MaxValue, out _))
        {
            yield return new InvalidOption(Property(MaxParagraphLengthProperty), maxParagraph!, "a whole number of characters greater than 0 (at most 2147483647)", Quoted(Invariant(ArticleLimits.DefaultMaxParagraphLength)));
        }

        string? paragraphs = Value(globalOptions, ParagraphsProperty);
        if (!string.IsNullOrWhiteSpace(paragraphs) && !TryParseParagraphRule(paragraphs, out _))
        {
            yield return new InvalidOption(Property(ParagraphsProperty), paragraphs!, ParagraphRuleValues, Quoted(nameof(ParagraphRule.Auto)));
        }

        string? required = Value(globalOptions, RequiredMetadataProperty);
        foreach (string key in Parsing.Metadata.RequiredMetadata.Parse(required))
        {
            if (!Parsing.Metadata.RequiredMetadata.IsValidKey(key))
            {
                yield return new InvalidOption(Property(RequiredMetadataProperty), required!, "front-matter keys (letters, digits, '_' and '-') separated by ';'", "the other keys; '" + key + "' is not required");
            }
        }

        string? storage = Value(globalOptions, StorageProperty);
        if (!string.IsNullOrWhiteSpace(storage) && !TryParseStorage(storage, out _))
        {
            yield return new InvalidOption(Property(StorageProperty), storage!, "Auto, Strings or Utf8", Quoted(nameof(StorageOption.Auto)));
        }
    }

    /// <summary>
    /// The <c>NewsGenRequiredMetadata</c> keys (see <see cref="Parsing.Metadata.RequiredMetadata"/>); a key that no
    /// front-matter block could set is left out (the analyzer reports it, NEWS012).
    /// </summary>
    public static Model.EquatableArray<string> RequiredMetadata(AnalyzerConfigOptions globalOptions)
    {
        var keys = new List<string>();
        foreach (string key in Parsing.Metadata.RequiredMetadata.Parse(Value(globalOptions, RequiredMetadataProperty)))
        {
            if (Parsing.Metadata.RequiredMetadata.IsValidKey(key))
            {
                keys.Add(key);
            }
        }

        return new Model.EquatableArray<string>(keys.ToArray());
    }

    /// <summary>The <c>NewsGenStorage</c> option; <see cref="StorageOption.Auto"/> when not set or invalid (the analyzer reports an invalid value).</summary>
    public static StorageOption Storage(AnalyzerConfigOptions globalOptions) =>
        globalOptions.TryGetValue(StorageProperty, out string? value) && TryParseStorage(value, out StorageOption option) ? option : StorageOption.Auto;

    /// <summary>Reads <c>Auto</c>, <c>Strings</c> or <c>Utf8</c> (any case); false for anything else, including empty.</summary>
    public static bool TryParseStorage(string? value, out StorageOption option)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "AUTO":
                option = StorageOption.Auto;
                return true;
            case "STRINGS":
                option = StorageOption.Strings;
                return true;
            case "UTF8":
            case "UTF-8":
                option = StorageOption.Utf8;
                return true;
            default:
                option = StorageOption.Auto;
                return false;
        }
    }

    /// <summary>Every NewsArticle item metadata of one article set to a value NewsGen cannot use.</summary>
    public static IEnumerable<InvalidOption> InvalidArticleOptions(AnalyzerConfigOptions fileOptions)
    {
        string? typeName = Value(fileOptions, TypeNameMetadata);
        if (!string.IsNullOrWhiteSpace(typeName) && !IsValidTypeName(typeName!.Trim()))
        {
            yield return new InvalidOption(Metadata(TypeNameMetadata), typeName, "a C# identifier that is not a keyword nor all lower-case", "the name made from the file name");
        }

        string? paragraphs = Value(fileOptions, ParagraphsMetadata);
        if (!string.IsNullOrWhiteSpace(paragraphs) && !TryParseParagraphRule(paragraphs, out _))
        {
            yield return new InvalidOption(Metadata(ParagraphsMetadata), paragraphs!, ParagraphRuleValues, "the project's paragraph rule");
        }
    }

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

    /// <summary>
    /// True for a C# identifier that is not a keyword (so it needs no '@') and has no format characters. C# allows
    /// those (U+200F, U+202E, ...) in identifiers and ignores them when comparing names, so they would only
    /// smuggle invisible bidirectional controls into the generated code.
    /// </summary>
    public static bool IsValidIdentifier(string? name) =>
        !string.IsNullOrEmpty(name)
        && SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name!) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name!) == SyntaxKind.None
        && !HasFormatCharacter(name!);

    private static bool HasFormatCharacter(string name)
    {
        foreach (char c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Value(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) ? value : null;

    private static string Property(string key) => "The MSBuild property " + key.Substring(BuildPropertyPrefix.Length);

    private static string Metadata(string key) => "The " + key.Substring(ItemMetadataPrefix.Length) + " metadata of this NewsArticle item";

    private static string Quoted(string value) => "'" + value + "'";

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
