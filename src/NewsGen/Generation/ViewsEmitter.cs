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
        w.Line("/// <summary>What the views ask of an article; each article's generated type has one sealed instance.</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("internal abstract class " + GeneratedNames.ArticleData);
        foreach (string member in new[] { "Id", "Title", "Lede", "Text", "Contributor", "Organization" })
        {
            w.Line("public abstract string " + member + " { get; }");
        }

        w.Line("public abstract bool HasTitle { get; }");
        w.Line("public abstract bool HasCredit { get; }");
        w.Line("public abstract int ParagraphCount { get; }");
        w.Line("public abstract int WordCount { get; }");
        w.Line("public abstract int CreditParagraphIndex { get; }");
        w.Line("public abstract string GetParagraph(int index);");
        QuoteViewsEmitter.WriteDataMembers(w);
        if (settings.Utf8Spans)
        {
            w.Line("public abstract global::System.ReadOnlySpan<byte> TextUtf8 { get; }");
            w.Line("public abstract global::System.ReadOnlySpan<byte> GetParagraphUtf8(int index);");
            w.Line();
            w.Line("/// <summary>Decodes article text stored as UTF-8; the views of a corpus too large for string literals use it.</summary>");
            w.Line(settings.SpanDecoding
                ? "protected static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);"
                : "protected static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8.ToArray());");
        }

        w.Close();
    }

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
        Doc(w, "A view of one paragraph: its article and index. Reading it allocates nothing.");
        Preamble.WriteGeneratedCode(w);
        w.Open("public readonly struct " + self + " : global::System.IEquatable<" + self + ">");
        w.Line("private readonly " + GeneratedNames.ArticleData + " _article;");
        w.Line();
        w.Open("internal " + self + "(" + GeneratedNames.ArticleData + " article, int index)");
        w.Line("_article = article;");
        w.Line("Index = index;");
        w.Close();
        w.Line();
        Doc(w, "The paragraph's 0-based position in its article.");
        w.Line("public int Index { get; }");
        w.Line();
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
