namespace NewsGen.Parsing.Checks;

/// <summary>
/// The stable ids of NewsGen's diagnostics, free of Roslyn types so the analyzer and the command-line tool
/// name problems alike. An id, once shipped, keeps its meaning forever; see docs/diagnostics/NEWSxxx.md.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>The article is empty or holds only white space.</summary>
    public const string EmptyArticle = "NEWS001";

    /// <summary>The file is not valid UTF-8 (or its text holds U+FFFD or a lone surrogate).</summary>
    public const string InvalidUtf8 = "NEWS002";

    /// <summary>A double quote opened and never closed, or closed and never opened.</summary>
    public const string UnbalancedQuote = "NEWS003";

    /// <summary>A curly quote closed by the wrong kind of mark, or a mark of the wrong shape.</summary>
    public const string MismatchedQuotes = "NEWS004";

    /// <summary>Control characters (NUL and the like) in the text.</summary>
    public const string ControlCharacter = "NEWS005";

    /// <summary>Invisible bidirectional-control characters ("Trojan Source").</summary>
    public const string BidiControl = "NEWS006";

    /// <summary>Two words glued together without a break, as in "regretsThe".</summary>
    public const string GluedText = "NEWS007";

    /// <summary>A paragraph that repeats an earlier one.</summary>
    public const string DuplicateParagraph = "NEWS008";

    /// <summary>A paragraph longer than the configured limit.</summary>
    public const string LongParagraph = "NEWS009";

    /// <summary>A file larger than the configured limit.</summary>
    public const string ArticleTooLarge = "NEWS010";

    /// <summary>Two article files map to one generated type name.</summary>
    public const string NameClash = "NEWS011";

    /// <summary>A NewsGen MSBuild property has a value NewsGen cannot use.</summary>
    public const string InvalidOption = "NEWS012";

    /// <summary>The article file could not be read.</summary>
    public const string UnreadableArticle = "NEWS013";

    /// <summary>The views would load string literals close to the 16 MiB an assembly can hold (CS8103).</summary>
    public const string StringHeapNearlyFull = "NEWS014";

    /// <summary>Automatic storage chose UTF-8 views for a corpus too large for string literals.</summary>
    public const string Utf8ViewsChosen = "NEWS015";

    /// <summary>A paragraph break probably lost inside a run-on quotation (its reopening mark stands mid-line).</summary>
    public const string LostParagraphBreak = "NEWS016";

    /// <summary>Text decoded twice (mojibake): UTF-8 read as Windows-1252 or Latin-1 and saved again.</summary>
    public const string Mojibake = "NEWS017";

    /// <summary>The paragraph rule is forced to Lines but the file is hard-wrapped: each wrapped line became a paragraph.</summary>
    public const string HardWrappedUnderLines = "NEWS018";

    /// <summary>Two article items have one id (the same file included twice, or two roots).</summary>
    public const string DuplicateId = "NEWS019";

    /// <summary>The generator failed unexpectedly on a file; it is reported, never thrown.</summary>
    public const string GeneratorFailure = "NEWS020";

    /// <summary>A line of a front-matter block is outside the supported subset, so its value is dropped.</summary>
    public const string MalformedFrontMatter = "NEWS021";

    /// <summary>The front matter's <c>date</c> is not an ISO 8601 date or date-time.</summary>
    public const string InvalidMetadataDate = "NEWS022";

    /// <summary>A front-matter key is set twice.</summary>
    public const string DuplicateMetadataKey = "NEWS023";

    /// <summary>A key the project requires (NewsGenRequiredMetadata) is missing from the front matter.</summary>
    public const string RequiredMetadataMissing = "NEWS024";

    /// <summary>A file opens with <c>---</c> but no line closes the block: the whole file is read as article text.</summary>
    public const string UnclosedFrontMatter = "NEWS025";
}
