using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using NewsGen.Parsing.Checks;

namespace NewsGen.Analysis;

/// <summary>
/// The catalog of NewsGen diagnostics: every id, severity, title, message and help page in one place. Ids come
/// from <see cref="DiagnosticIds"/>; releases are tracked in AnalyzerReleases.*.md next to the project.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>The category of every NewsGen diagnostic.</summary>
    public const string Category = "NewsGen";

    /// <summary>
    /// Where the help pages live: docs/diagnostics/NEWSxxx.md in the package's repository. The address is not
    /// written here: the build stamps NewsGen.csproj's RepositoryUrl and RepositoryBranch on this assembly (the same
    /// properties NuGet writes into the package), so publishing the repository elsewhere changes every link at once.
    /// </summary>
    public static readonly string HelpLinkBase = RepositoryMetadata("NewsGen.RepositoryUrl").TrimEnd('/') + "/blob/" + RepositoryMetadata("NewsGen.RepositoryBranch") + "/docs/diagnostics/";

    /// <summary>NEWS001, an error: article is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyArticle = Create(
        DiagnosticIds.EmptyArticle,
        DiagnosticSeverity.Error,
        "Article is empty",
        "The article has no text: the file is empty or holds only white space. Write the article, or remove the file from the NewsArticle items.",
        "An article file must hold text. An empty file generates an article with no paragraphs, which is almost always a file that was truncated or never written.");

    /// <summary>NEWS002, an error: article is not valid UTF-8.</summary>
    public static readonly DiagnosticDescriptor InvalidUtf8 = Create(
        DiagnosticIds.InvalidUtf8,
        DiagnosticSeverity.Error,
        "Article is not valid UTF-8",
        "The article is not valid UTF-8 here: {0}. Save the file as UTF-8 and check the text at this place.",
        "Article files are read as UTF-8. Bytes that are not UTF-8 (often text saved as Windows-1252 or Latin-1) turn into wrong characters in the generated strings. Only the first bad place is reported.");

    /// <summary>NEWS003, a warning: quotation mark is unbalanced.</summary>
    public static readonly DiagnosticDescriptor UnbalancedQuote = Create(
        DiagnosticIds.UnbalancedQuote,
        DiagnosticSeverity.Warning,
        "Quotation mark is unbalanced",
        "The quotation mark {0} {1}. Add the missing mark or delete the stray one; a quotation that runs on into the next paragraph must be reopened at the start of that paragraph.",
        "A double quotation mark opens a quotation that no mark closes, or closes one that no mark opened. News style lets a quotation run on into the next paragraph without a closing mark when that paragraph opens with a quotation mark again; anything else is a lost or extra mark. The article is still generated, with every quotation whose marks pair; it is a warning because the text itself is embedded faithfully.");

    /// <summary>NEWS004, a warning: curly quotes do not match.</summary>
    public static readonly DiagnosticDescriptor MismatchedQuotes = Create(
        DiagnosticIds.MismatchedQuotes,
        DiagnosticSeverity.Warning,
        "Curly quotes do not match",
        "The quotation mark {0} does not match the mark that opened the quotation. Close “ with ” and a straight mark with a straight one.",
        "A curly opening mark must be closed by its curly partner, and a straight mark by a straight one; a closing mark of the wrong shape (” where “ belongs) is a typing or conversion fault. The quotation is still extracted with the pair a reader sees; it is a warning because the text itself is embedded faithfully.");

    /// <summary>NEWS005, an error: article contains control characters.</summary>
    public static readonly DiagnosticDescriptor ControlCharacter = Create(
        DiagnosticIds.ControlCharacter,
        DiagnosticSeverity.Error,
        "Article contains control characters",
        "The text holds control characters ({0}) that no reader sees. Delete them or replace them with the characters meant.",
        "Control characters (NUL, BEL, escape, the C1 controls U+0080 to U+009F and the like; tab and line ends are fine) are invisible and come from broken conversions. They would travel into every string generated from the article.");

    /// <summary>NEWS006, an error: article contains bidirectional-control characters.</summary>
    public static readonly DiagnosticDescriptor BidiControl = Create(
        DiagnosticIds.BidiControl,
        DiagnosticSeverity.Error,
        "Article contains bidirectional-control characters",
        "The text holds invisible bidirectional-control characters ({0}) that make it display differently from what it is. Delete them.",
        "The embeddings, overrides and isolates U+202A to U+202E and U+2066 to U+2069 reorder how text displays (the Trojan Source trick), so what a reviewer reads is not what the program holds. The directional marks U+200E, U+200F and U+061C are allowed.");

    /// <summary>NEWS007, a warning: words are glued together.</summary>
    public static readonly DiagnosticDescriptor GluedText = Create(
        DiagnosticIds.GluedText,
        DiagnosticSeverity.Warning,
        "Words are glued together",
        "'{0}' looks like '{1}' and '{2}' glued together by a lost space or line break. Insert the break.",
        "A lower-case word directly followed by a capitalised one is the classic scraping fault: the break after a sentence or headline was lost. Names and brands such as iPhone, eBay, McDonald, YouTube and deGrom are recognised and not reported.");

    /// <summary>NEWS008, a warning: paragraph is duplicated.</summary>
    public static readonly DiagnosticDescriptor DuplicateParagraph = Create(
        DiagnosticIds.DuplicateParagraph,
        DiagnosticSeverity.Warning,
        "Paragraph is duplicated",
        "This paragraph repeats the paragraph on line {0} word for word. Delete the copy.",
        "A paragraph that repeats an earlier one word for word is a sign of a scrape that caught a block twice. Paragraphs with no letter or digit, such as dividers, may repeat.");

    /// <summary>NEWS009, a warning: paragraph is too long.</summary>
    public static readonly DiagnosticDescriptor LongParagraph = Create(
        DiagnosticIds.LongParagraph,
        DiagnosticSeverity.Warning,
        "Paragraph is too long",
        "This paragraph is {0} characters long, more than the {1} allowed by NewsGenMaxParagraphLength, so line breaks were probably lost. Split it into paragraphs, one per line, or raise NewsGenMaxParagraphLength.",
        "News paragraphs run to a few hundred characters. One far longer is usually several paragraphs whose line breaks were lost. The limit is the MSBuild property NewsGenMaxParagraphLength (default 3000 characters).");

    /// <summary>NEWS010, an error: article file is too large.</summary>
    public static readonly DiagnosticDescriptor ArticleTooLarge = Create(
        DiagnosticIds.ArticleTooLarge,
        DiagnosticSeverity.Error,
        "Article file is too large",
        "The article takes {0} bytes, more than the {1} allowed by NewsGenMaxArticleBytes, so no code is generated for it. Split the file or raise NewsGenMaxArticleBytes.",
        "A file far larger than any article slows every build and is usually not an article. Its size (as UTF-8) is checked before it is parsed; the limit is the MSBuild property NewsGenMaxArticleBytes (default 1048576 bytes).");

    /// <summary>NEWS011, an error: article files map to the same type name.</summary>
    public static readonly DiagnosticDescriptor NameClash = Create(
        DiagnosticIds.NameClash,
        DiagnosticSeverity.Error,
        "Article files map to the same type name",
        "This article and '{1}' both map to the generated type name '{0}', so none of them is generated. Rename one of the files.",
        "Each article becomes a type named after its file. Two files whose names map to the same type name (names are compared ignoring case) cannot both be generated, so neither is; the error is reported on every file involved.");

    /// <summary>NEWS012, an error: NewsGen option is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidOption = Create(
        DiagnosticIds.InvalidOption,
        DiagnosticSeverity.Error,
        "NewsGen option is invalid",
        "{0} is set to '{1}', which is not {2}. NewsGen uses {3} instead. Fix or remove the setting.",
        "A NewsGen MSBuild property (NewsGenNamespace, NewsGenCorpusTypeName, NewsGenParagraphs, NewsGenStorage, NewsGenMaxArticleBytes, NewsGenMaxParagraphLength) or NewsArticle item metadata (TypeName, Paragraphs) has a value NewsGen cannot use, so it falls back to the default.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>NEWS013, an error: article file cannot be read.</summary>
    public static readonly DiagnosticDescriptor UnreadableArticle = Create(
        DiagnosticIds.UnreadableArticle,
        DiagnosticSeverity.Error,
        "Article file cannot be read",
        "The article file could not be read, so no code is generated for it. Check that the file exists and can be read.",
        "The compiler could not read an article file: it is missing, locked, or not a text file.");

    /// <summary>NEWS014, a warning: article text nears the assembly's string limit.</summary>
    public static readonly DiagnosticDescriptor StringHeapNearlyFull = Create(
        DiagnosticIds.StringHeapNearlyFull,
        DiagnosticSeverity.Warning,
        "Article text nears the assembly's string limit",
        "The article views load about {0} MB of string literals, {1}% of the 16 MiB an assembly can hold; past it the build fails with CS8103. {2}",
        "The C# compiler keeps every string literal the code loads in one heap of at most 16 MiB (error CS8103). With NewsGenStorage=Strings the views load each article's text and paragraphs as literals. NewsGen warns at 75% so there is time to act: let the views decode UTF-8 (NewsGenStorage=Auto or Utf8), or split the articles over several projects.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>NEWS015, info: article views decode UTF-8.</summary>
    public static readonly DiagnosticDescriptor Utf8ViewsChosen = Create(
        DiagnosticIds.Utf8ViewsChosen,
        DiagnosticSeverity.Info,
        "Article views decode UTF-8",
        "The article views would load about {0} MB of string literals, more than the {1} MB NewsGen allows itself of the assembly's 16 MiB, so they decode each article's UTF-8 text instead: string reads now allocate, span reads do not. Set NewsGenStorage to Strings or Utf8 to choose yourself.",
        "With NewsGenStorage=Auto (the default) NewsGen keeps a corpus's text out of the assembly's 16 MiB user-string heap once it would fill three quarters of it: the views then decode text from the UTF-8 data. The constants stay as they are.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>NEWS016, a warning: paragraph break lost inside a quotation.</summary>
    public static readonly DiagnosticDescriptor LostParagraphBreak = Create(
        DiagnosticIds.LostParagraphBreak,
        DiagnosticSeverity.Warning,
        "Paragraph break lost inside a quotation",
        "The quotation mark {0} reopens the quotation already open, right after a quoted sentence ends: a paragraph break was probably lost here. Start a new paragraph at this mark.",
        "A quotation that runs on across paragraphs is not closed at the end of a paragraph and is reopened at the start of the next. When the break between the two paragraphs is lost (scraped or exported copy), the reopening mark stands inside a line after the end of a quoted sentence. The quotation is read through it as one quotation; this warning says where the break belongs.");

    /// <summary>NEWS017, an error: text was decoded twice.</summary>
    public static readonly DiagnosticDescriptor Mojibake = Create(
        DiagnosticIds.Mojibake,
        DiagnosticSeverity.Error,
        "Text was decoded twice",
        "'{0}' reads as '{1}' when decoded {2}: its UTF-8 bytes were read as Windows-1252 or Latin-1 and saved again. Replace it with '{1}'.",
        "Text saved as UTF-8, read back as Windows-1252 or Latin-1 and saved again turns every non-ASCII character into two to four wrong ones (FranÃ§ois, donâ€™t, â€”), some of them invisible C1 controls. The generated strings would hold those characters, not what the writer wrote, so it is an error.");

    /// <summary>NEWS018, a warning: hard-wrapped article is read one paragraph per line.</summary>
    public static readonly DiagnosticDescriptor HardWrappedUnderLines = Create(
        DiagnosticIds.HardWrappedUnderLines,
        DiagnosticSeverity.Warning,
        "Hard-wrapped article is read one paragraph per line",
        "This line and {0} more end mid-sentence at column {1}: the file is hard-wrapped, but the paragraph rule in force is Lines, so every wrapped line became a paragraph. Set Paragraphs=\"BlankLines\" (or \"Auto\") on this NewsArticle item, or <NewsGenParagraphs>BlankLines</NewsGenParagraphs> (or Auto) in the project.",
        "The paragraph rule was forced to Lines (by the NewsGenParagraphs property or the item's Paragraphs metadata), yet the file's lines end mid-sentence where the next word would not have fitted under a steady column: its paragraphs are wrapped and separated by blank lines. Read as Lines, the lede stops mid-sentence and quotations that cross a line break are lost. The text is still embedded exactly as written, so it is a warning; quotation-mark and duplicate-paragraph warnings that only the wrong rule causes are not reported beside it.");

    /// <summary>NEWS019, an error: article files have the same id.</summary>
    public static readonly DiagnosticDescriptor DuplicateId = Create(
        DiagnosticIds.DuplicateId,
        DiagnosticSeverity.Error,
        "Article files have the same id",
        "The article id '{0}' is also the id of '{1}', so neither is generated: the corpus looks articles up by id. Include each file once, or give the files distinct paths below the corpus root.",
        "An article's id is its path below the corpus root, without extension. Two items with one id (the same file included twice, or two roots holding the same relative path) cannot both be generated, so neither is; the error is reported on every file involved, naming the others.");

    /// <summary>NEWS020, an error: NewsGen failed on a file.</summary>
    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        DiagnosticIds.GeneratorFailure,
        DiagnosticSeverity.Error,
        "NewsGen failed on a file",
        "NewsGen failed unexpectedly while generating '{0}', so no code is generated for it: {1}. Please report this with the file.",
        "An unexpected failure inside the generator is reported on the file it was generating, instead of throwing (which the compiler would turn into the easily missed warning CS8785 and lose all generated code). The other articles are still generated.");

    /// <summary>NEWS021, an error: front matter is malformed.</summary>
    public static readonly DiagnosticDescriptor MalformedFrontMatter = Create(
        DiagnosticIds.MalformedFrontMatter,
        DiagnosticSeverity.Error,
        "Front matter is malformed",
        "This front-matter line is not read: {0}. Write it as the supported subset allows (docs/metadata.md).",
        "A line of the front-matter block is outside the supported YAML-style subset (not 'key: value', an indented or nested value, an unclosed quote or list, a map, block scalar, anchor or tag, a list where one value belongs). The line is skipped, so a value the writer gave the generator is lost: it is an error, as content tools fail the build on a malformed field.");

    /// <summary>NEWS022, an error: front-matter date is not a date.</summary>
    public static readonly DiagnosticDescriptor InvalidMetadataDate = Create(
        DiagnosticIds.InvalidMetadataDate,
        DiagnosticSeverity.Error,
        "Front-matter date is not a date",
        "The date '{0}' is not an ISO 8601 date: {1}. Write it as YYYY-MM-DD, optionally with a time (2024-05-01T09:30:00+02:00).",
        "The 'date' key must be an ISO 8601 date or date-time naming a day and time that exist. A value that is not cannot be embedded as the typed date the article declares, so the article gets none: it is an error.");

    /// <summary>NEWS023, an error: front-matter key is set twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateMetadataKey = Create(
        DiagnosticIds.DuplicateMetadataKey,
        DiagnosticSeverity.Error,
        "Front-matter key is set twice",
        "The key '{0}' is already set on line {1}; this value is ignored. Delete one of the lines or merge them.",
        "A key appears twice in one front-matter block (keys are case-sensitive, as in YAML). Only the first value is kept, so the other, which the writer also meant, is lost: it is an error.");

    /// <summary>NEWS024, a warning: required front-matter key is missing.</summary>
    public static readonly DiagnosticDescriptor RequiredMetadataMissing = Create(
        DiagnosticIds.RequiredMetadataMissing,
        DiagnosticSeverity.Warning,
        "Required front-matter key is missing",
        "The project requires the metadata key '{0}' (NewsGenRequiredMetadata), and this article does not give it. Add '{0}: ...' to the article's front matter.",
        "NewsGenRequiredMetadata lists keys every article must give. The section may also come from the article's first folder, the authors from a byline and the title from a title line. The article's text is still embedded faithfully, so it is a warning; add NEWS024 to WarningsAsErrors to fail the build on it.");

    /// <summary>NEWS025, a warning: front matter is never closed.</summary>
    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Create(
        DiagnosticIds.UnclosedFrontMatter,
        DiagnosticSeverity.Warning,
        "Front matter is never closed",
        "The file opens with '---' but no later '---' line closes a front-matter block, so the whole file is read as article text. Close the block with a '---' line, or put text before a horizontal rule.",
        "A front-matter block opens with a '---' first line and closes at the next '---' line. Without one, nothing is taken from the text: every line, the '---' included, is embedded as written, so it is a warning (the file may be text that opens with a horizontal rule).");

    /// <summary>The diagnostics the analyzer reports.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Supported { get; } = ImmutableArray.Create(
        EmptyArticle, InvalidUtf8, UnbalancedQuote, MismatchedQuotes, ControlCharacter, BidiControl, GluedText, DuplicateParagraph, LongParagraph,
        ArticleTooLarge, NameClash, InvalidOption, UnreadableArticle, StringHeapNearlyFull, Utf8ViewsChosen, LostParagraphBreak, Mojibake, HardWrappedUnderLines, DuplicateId, GeneratorFailure,
        MalformedFrontMatter, InvalidMetadataDate, DuplicateMetadataKey, RequiredMetadataMissing, UnclosedFrontMatter);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

    /// <summary>The descriptor for <paramref name="id"/>, one of <see cref="DiagnosticIds"/>.</summary>
    public static DiagnosticDescriptor For(string id) => ById[id];

    private static Dictionary<string, DiagnosticDescriptor> Index()
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>();
        foreach (DiagnosticDescriptor descriptor in Supported)
        {
            byId[descriptor.Id] = descriptor;
        }

        return byId;
    }

    // Read once, when the catalog is first used. The build always stamps both values; an empty one would only make
    // the links relative, never stop the analyzer.
    private static string RepositoryMetadata(string key)
    {
        foreach (object attribute in typeof(DiagnosticDescriptors).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false))
        {
            if (attribute is AssemblyMetadataAttribute metadata && metadata.Key == key)
            {
                return metadata.Value ?? string.Empty;
            }
        }

        return string.Empty;
    }

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, string title, string message, string description, params string[] customTags) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, HelpLinkBase + id + ".md", customTags);
}
