namespace NewsGen.Generation;

/// <summary>
/// Writes the value-type views every article shares: <c>NewsArticle</c>, <c>NewsParagraph</c>, the paragraph
/// list with its struct enumerator, and the internal base class each article's data derives from. Views hold
/// a reference to a per-article singleton and an index, so reading them never allocates.
/// </summary>
internal static class ViewsEmitter
{
    public const string HintName = "NewsGen.Views.g.cs";

    public static string Emit(EmitSettings settings)
    {
        string q = settings.NullableAnnotations ? "?" : string.Empty;
        var w = new SourceWriter();
        Preamble.Write(w, settings, "for every article of this project");
        w.Open("namespace " + settings.Namespace);

        WriteData(w, settings);
        w.Line();
        WriteArticle(w, settings, q);
        w.Line();
        WriteParagraph(w, settings, q);
        w.Line();
        WriteParagraphList(w);
        w.Line();
        QuoteViewsEmitter.WriteTypes(w, q);

        w.Close();
        return w.ToString();
    }

    private static void WriteData(SourceWriter w, EmitSettings settings)
    {
        // One class holds every article's answers in arrays its constructor receives, so each article adds one
        // small derived class (a constructor call, and the span of its UTF-8 text) rather than a method per
        // member: the compiler's work grows with methods, and corpora have thousands of articles.
        string n = settings.NullableAnnotations ? "?" : string.Empty;
        w.Line("/// <summary>What the views ask of an article: its constants, gathered into arrays once per article.</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("internal abstract class " + GeneratedNames.ArticleData);
        w.Line("private readonly string" + n + "[] _strings;");
        w.Line("private readonly int[] _numbers;");
        w.Line("private readonly string" + n + "[] _paragraphs;");
        w.Line("private readonly string" + n + "[] _quotes;");
        if (settings.Utf8Spans)
        {
            w.Line("private readonly int[] _utf8Ranges;");
        }

        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Takes an article's answers. <paramref name=\"strings\"/>: id, title, lede, text, contributor, organization.");
        w.Line("/// <paramref name=\"numbers\"/>: has title, has credit, paragraph count, word count, credit paragraph index,");
        w.Line("/// quote count, UTF-8 length of the lede. A null text, lede, paragraph or quote is decoded from the UTF-8 data,");
        w.Line("/// found through <c>utf8Ranges</c> (start and length of each paragraph, then of each quote).");
        w.Line("/// </summary>");
        string parameters = "string" + n + "[] strings, int[] numbers, string" + n + "[] paragraphs, string" + n + "[] quotes, int[] quoteFacts, int[] paragraphQuoteStarts, string[] speakerNames, string[] speakerRoles, int[] speakerQuoteStarts, int[] speakerQuotes"
            + (settings.Utf8Spans ? ", int[] utf8Ranges" : string.Empty);
        w.Open("protected " + GeneratedNames.ArticleData + "(" + parameters + ")");
        w.Line("_strings = strings;");
        w.Line("_numbers = numbers;");
        w.Line("_paragraphs = paragraphs;");
        w.Line("_quotes = quotes;");
        w.Line("QuoteFacts = quoteFacts;");
        w.Line("ParagraphQuoteStarts = paragraphQuoteStarts;");
        w.Line("SpeakerNames = speakerNames;");
        w.Line("SpeakerRoles = speakerRoles;");
        w.Line("SpeakerQuoteStarts = speakerQuoteStarts;");
        w.Line("SpeakerQuotes = speakerQuotes;");
        if (settings.Utf8Spans)
        {
            w.Line("_utf8Ranges = utf8Ranges;");
        }

        w.Close();
        w.Line();
        w.Line("public string Id => _strings[0]" + Bang(settings) + ";");
        w.Line("public string Title => _strings[1]" + Bang(settings) + ";");
        w.Line(settings.Utf8Spans ? "public string Lede => _strings[2] ?? Decode(TextUtf8.Slice(0, _numbers[6]));" : "public string Lede => _strings[2]" + Bang(settings) + ";");
        w.Line(settings.Utf8Spans ? "public string Text => _strings[3] ?? Decode(TextUtf8);" : "public string Text => _strings[3]" + Bang(settings) + ";");
        w.Line("public string Contributor => _strings[4]" + Bang(settings) + ";");
        w.Line("public string Organization => _strings[5]" + Bang(settings) + ";");
        w.Line("public bool HasTitle => _numbers[0] != 0;");
        w.Line("public bool HasCredit => _numbers[1] != 0;");
        w.Line("public int ParagraphCount => _numbers[2];");
        w.Line("public int WordCount => _numbers[3];");
        w.Line("public int CreditParagraphIndex => _numbers[4];");
        w.Line("public int QuoteCount => _numbers[5];");
        w.Line("public int[] QuoteFacts { get; }");
        w.Line("public int[] ParagraphQuoteStarts { get; }");
        w.Line("public string[] SpeakerNames { get; }");
        w.Line("public string[] SpeakerRoles { get; }");
        w.Line("public int[] SpeakerQuoteStarts { get; }");
        w.Line("public int[] SpeakerQuotes { get; }");
        w.Line(settings.Utf8Spans
            ? "public string GetParagraph(int index) => _paragraphs[index] ?? Decode(GetParagraphUtf8(index));"
            : "public string GetParagraph(int index) => _paragraphs[index]" + Bang(settings) + ";");
        w.Line(settings.Utf8Spans
            ? "public string GetQuote(int index) => _quotes[index] ?? Decode(Utf8Range(ParagraphCount + index));"
            : "public string GetQuote(int index) => _quotes[index]" + Bang(settings) + ";");
        if (settings.Utf8Spans)
        {
            w.Line("public abstract global::System.ReadOnlySpan<byte> TextUtf8 { get; }");
            w.Line("public global::System.ReadOnlySpan<byte> GetParagraphUtf8(int index) => Utf8Range(index);");
            w.Line();
            w.Line("private global::System.ReadOnlySpan<byte> Utf8Range(int index) => TextUtf8.Slice(_utf8Ranges[2 * index], _utf8Ranges[(2 * index) + 1]);");
            w.Line();
            w.Line("/// <summary>Decodes article text stored as UTF-8; the views of a corpus too large for string literals use it.</summary>");
            w.Line(settings.SpanDecoding
                ? "private static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);"
                : "private static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8.ToArray());");
        }

        w.Close();
    }

    // Strings that are null only where UTF-8 decoding stands in; without UTF-8 support none is null.
    private static string Bang(EmitSettings settings) => settings.NullableAnnotations ? "!" : string.Empty;

    private static void WriteArticle(SourceWriter w, EmitSettings settings, string q)
    {
        string self = GeneratedNames.ArticleView;
        w.Line("/// <summary>");
        w.Line("/// A view of one article: a small value that reads the article's generated constants without allocating.");
        w.Line("/// Get one from an article type's <c>Article</c> property or from <see cref=\"" + settings.CorpusTypeName + "\"/>.");
        w.Line("/// </summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("public readonly struct " + self + " : global::System.IEquatable<" + self + ">");
        w.Line("private readonly " + GeneratedNames.ArticleData + q + " _data;");
        w.Line();
        w.Line("internal " + self + "(" + GeneratedNames.ArticleData + " data) => _data = data;");
        w.Line();
        Doc(w, "The article's id, its file name without extension.");
        w.Line("public string Id => Data.Id;");
        w.Line();
        Doc(w, "True when the article has a title line.");
        w.Line("public bool HasTitle => Data.HasTitle;");
        w.Line();
        Doc(w, "The article's title, or empty when it has none.");
        w.Line("public string Title => Data.Title;");
        w.Line();
        Doc(w, "The first sentence of the first paragraph.");
        w.Line("public string Lede => Data.Lede;");
        w.Line();
        Doc(w, "The article body: its paragraphs joined by line feeds.");
        w.Line("public string Text => Data.Text;");
        w.Line();
        Doc(w, "The number of words (runs of characters that are not white space).");
        w.Line("public int WordCount => Data.WordCount;");
        w.Line();
        Doc(w, "True when the last paragraph is a credit line.");
        w.Line("public bool HasCredit => Data.HasCredit;");
        w.Line();
        Doc(w, "Who the credit line names, or empty.");
        w.Line("public string Contributor => Data.Contributor;");
        w.Line();
        Doc(w, "The organisation the credit line names, or empty.");
        w.Line("public string Organization => Data.Organization;");
        w.Line();
        Doc(w, "The article's paragraphs, indexable and enumerable without allocation.");
        w.Line("public " + GeneratedNames.ParagraphList + " Paragraphs => new " + GeneratedNames.ParagraphList + "(Data);");
        w.Line();
        QuoteViewsEmitter.WriteArticleMembers(w);
        if (settings.Utf8Spans)
        {
            Doc(w, "The UTF-8 bytes of <see cref=\"Text\"/>.");
            w.Line("public global::System.ReadOnlySpan<byte> TextUtf8 => Data.TextUtf8;");
            w.Line();
        }

        w.Line("private " + GeneratedNames.ArticleData + " Data => _data ?? throw new global::System.InvalidOperationException(\"This " + self + " is a default value; get articles from " + settings.CorpusTypeName + " or an article type.\");");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public bool Equals(" + self + " other) => ReferenceEquals(_data, other._data);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override bool Equals(object" + q + " obj) => obj is " + self + " other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override int GetHashCode() => _data is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(_data.Id);");
        w.Line();
        Doc(w, "The article's id.");
        w.Line("public override string ToString() => _data is null ? string.Empty : _data.Id;");
        w.Line();
        Doc(w, "True when both views show the same article.");
        w.Line("public static bool operator ==(" + self + " left, " + self + " right) => left.Equals(right);");
        w.Line();
        Doc(w, "True when the views show different articles.");
        w.Line("public static bool operator !=(" + self + " left, " + self + " right) => !left.Equals(right);");
        w.Close();
    }

    private static void WriteParagraph(SourceWriter w, EmitSettings settings, string q)
    {
        string self = GeneratedNames.ParagraphView;
        IndexedViewWriter.WriteOpening(w, self, "A view of one paragraph: its article and index. Reading it allocates nothing.", "The paragraph's 0-based position in its article.");
        Doc(w, "The paragraph's 1-based number, as a reader counts.");
        w.Line("public int Number => Index + 1;");
        w.Line();
        Doc(w, "The paragraph's text.");
        w.Line("public string Text => _article.GetParagraph(Index);");
        w.Line();
        Doc(w, "True when this paragraph is the article's credit line.");
        w.Line("public bool IsCredit => _article.CreditParagraphIndex == Index;");
        w.Line();
        QuoteViewsEmitter.WriteParagraphMembers(w);
        Doc(w, "The article this paragraph belongs to.");
        w.Line("public " + GeneratedNames.ArticleView + " Article => new " + GeneratedNames.ArticleView + "(_article);");
        w.Line();
        if (settings.Utf8Spans)
        {
            Doc(w, "The UTF-8 bytes of <see cref=\"Text\"/>.");
            w.Line("public global::System.ReadOnlySpan<byte> Utf8 => _article.GetParagraphUtf8(Index);");
            w.Line();
        }

        IndexedViewWriter.WriteEquality(w, self, q, "Text");
        w.Close();
    }

    private static void WriteParagraphList(SourceWriter w)
    {
        ListWriter.Write(
            w,
            GeneratedNames.ParagraphList,
            GeneratedNames.ParagraphView,
            "The paragraphs of one article, in order. <c>foreach</c> over it allocates nothing; LINQ works too, through the boxed interface.",
            new[] { "private readonly " + GeneratedNames.ArticleData + " _article;" },
            "internal " + GeneratedNames.ParagraphList + "(" + GeneratedNames.ArticleData + " article) => _article = article;",
            "_article is null ? 0 : _article.ParagraphCount",
            "new " + GeneratedNames.ParagraphView + "(_article, index)");
    }

    private static void Doc(SourceWriter w, string summary) => w.Line("/// <summary>" + summary + "</summary>");
}
