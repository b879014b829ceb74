using System.Collections.Generic;
using NewsGen.Generation.Layout;

namespace NewsGen.Generation.Emit;

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
        w.Line();
        MetadataViewsEmitter.WriteTypes(w, q);

        w.Close();
        return w.ToString();
    }

    private static void WriteData(SourceWriter w, EmitSettings settings)
    {
        // One class, bound once per corpus, holds what every article's views read. An article passes its
        // constants and small tables to its constructor (see ArticleEmitter for why the tables are strings), and
        // the constructor builds the paragraph and quote strings and the UTF-8 data once, on the article's first
        // use: every read after that is a field or array read.
        string q = settings.NullableAnnotations ? "?" : string.Empty;
        string data = GeneratedNames.ArticleData;
        int perQuote = QuoteLayout.FactsPerQuote;
        w.Line("/// <summary>One article as the views read it: its constants, and what the views need built from them once, on the article's first use.</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("internal sealed class " + data);
        w.Line("private readonly string[] _paragraphs;");
        w.Line("private readonly string[] _quotes;");
        if (settings.Utf8Spans)
        {
            w.Line("private readonly byte[] _utf8;");
            w.Line("private readonly int[] _paragraphUtf8Starts;");
            w.Line("private readonly int[] _paragraphUtf8Lengths;");
        }

        w.Line();
        var parameters = new List<string>();
        var textNames = new List<string>();
        foreach (ArticleSlot slot in ArticleLayout.OfKind(SlotKind.Text))
        {
            parameters.Add("string " + slot.ParameterName);
            textNames.Add(slot.ParameterName);
        }

        string tables = "string facts, string paragraphs, string quotes, string[] speakers, string" + q + "[]" + q + " quoteTexts = null, string metadata = \"\", string metadataLengths = \"\"";
        w.Line("/// <summary>");
        w.Line("/// Takes one article's constants and tables: <paramref name=\"facts\"/> holds the article's numbers in the order");
        w.Line("/// the article type declares them, <paramref name=\"paragraphs\"/> the UTF-16 length of each paragraph of");
        w.Line("/// <paramref name=\"text\"/>, <paramref name=\"quotes\"/> " + Int(perQuote) + " numbers per quote (" + QuoteLayout.Description + "),");
        w.Line("/// <paramref name=\"speakers\"/> per speaker its " + SpeakerLayout.Description + ", and <paramref name=\"quoteTexts\"/> the text of any");
        w.Line("/// quote that is not a span of the body (null entries elsewhere), <paramref name=\"metadata\"/> the strings of the");
        w.Line("/// metadata lists joined (per author: name, organization, role; per tag: text; per other key: key, value) and");
        w.Line("/// <paramref name=\"metadataLengths\"/> their lengths. Numbers are decimal, separated by one space.");
        w.Line("/// </summary>");
        w.Open("internal " + data + "(" + string.Join(", ", parameters) + ", " + tables + ")");
        foreach (ArticleSlot slot in ArticleLayout.OfKind(SlotKind.Text))
        {
            w.Line(slot.Name + " = " + slot.ParameterName + ";");
        }

        w.Line("int[] numbers = Numbers(facts);");
        int index = 0;
        foreach (ArticleSlot slot in ArticleLayout.OfKind(SlotKind.Number, SlotKind.Flag))
        {
            w.Line(slot.Name + " = numbers[" + Int(index++) + "]" + (slot.Kind == SlotKind.Flag ? " != 0" : string.Empty) + ";");
        }

        w.Line();
        MetadataViewsEmitter.WriteDataConstruction(w);
        w.Line();
        w.Line("int[] lengths = Numbers(paragraphs);");
        w.Line("var starts = new int[lengths.Length];");
        w.Line("_paragraphs = new string[lengths.Length];");
        w.Open("for (int i = 0, start = 0; i < lengths.Length; start += lengths[i] + 1, i++)");
        w.Line("starts[i] = start;");
        w.Line("_paragraphs[i] = text.Substring(start, lengths[i]);");
        w.Close();
        w.Line();
        w.Line("QuoteFacts = Numbers(quotes);");
        w.Line("_quotes = new string[QuoteFacts.Length / " + Int(perQuote) + "];");
        w.Line("ParagraphQuoteStarts = new int[lengths.Length + 1];");
        string stride = Int(SpeakerLayout.Stride);
        w.Line("SpeakerCount = speakers.Length / " + stride + ";");
        foreach (SpeakerSlot slot in SpeakerLayout.Slots)
        {
            w.Line(slot.DataArray + " = new " + slot.TypeName + "[SpeakerCount];");
        }

        w.Line("SpeakerQuoteStarts = new int[SpeakerCount + 1];");
        w.Open("for (int s = 0; s < SpeakerCount; s++)");
        for (int k = 0; k < SpeakerLayout.Stride; k++)
        {
            SpeakerSlot slot = SpeakerLayout.Slots[k];
            w.Line(slot.DataArray + "[s] = " + string.Format(System.Globalization.CultureInfo.InvariantCulture, slot.ReadFormat, "speakers[(" + stride + " * s) + " + Int(k) + "]") + ";");
        }

        w.Close();
        w.Line();
        w.Open("for (int i = 0; i < _quotes.Length; i++)");
        w.Line("int paragraph = " + Fact("i", QuoteFact.Paragraph) + ";");
        w.Line("string" + q + " given = quoteTexts == null ? null : quoteTexts[i];");
        w.Line("_quotes[i] = given ?? text.Substring(starts[paragraph] + " + Fact("i", QuoteFact.Offset) + ", " + Fact("i", QuoteFact.Length) + ");");
        w.Line("ParagraphQuoteStarts[paragraph + 1]++;");
        w.Open("if (" + Fact("i", QuoteFact.Speaker) + " >= 0)");
        w.Line("SpeakerQuoteStarts[" + Fact("i", QuoteFact.Speaker) + " + 1]++;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("// Counts become starts: the quotes of paragraph p (of speaker s) are entries [start, next start).");
        w.Open("for (int p = 0; p < lengths.Length; p++)");
        w.Line("ParagraphQuoteStarts[p + 1] += ParagraphQuoteStarts[p];");
        w.Close();
        w.Line();
        w.Open("for (int s = 0; s < SpeakerCount; s++)");
        w.Line("SpeakerQuoteStarts[s + 1] += SpeakerQuoteStarts[s];");
        w.Close();
        w.Line();
        w.Line("SpeakerQuotes = new int[SpeakerQuoteStarts[SpeakerCount]];");
        w.Line("var filled = new int[SpeakerCount];");
        w.Open("for (int i = 0; i < _quotes.Length; i++)");
        w.Line("int speaker = " + Fact("i", QuoteFact.Speaker) + ";");
        w.Open("if (speaker >= 0)");
        w.Line("SpeakerQuotes[SpeakerQuoteStarts[speaker] + filled[speaker]++] = i;");
        w.Close();
        w.Close();
        if (settings.Utf8Spans)
        {
            w.Line();
            w.Line("_utf8 = global::System.Text.Encoding.UTF8.GetBytes(text);");
            w.Line("_paragraphUtf8Starts = new int[lengths.Length];");
            w.Line("_paragraphUtf8Lengths = new int[lengths.Length];");
            w.Open("for (int i = 0, start = 0; i < lengths.Length; start += _paragraphUtf8Lengths[i] + 1, i++)");
            w.Line("_paragraphUtf8Starts[i] = start;");
            w.Line("_paragraphUtf8Lengths[i] = global::System.Text.Encoding.UTF8.GetByteCount(_paragraphs[i]);");
            w.Close();
        }

        w.Close();
        if (settings.Utf8Spans)
        {
            w.Line();
            var utf8Parameters = new List<string>();
            var utf8Arguments = new List<string>();
            foreach (string name in textNames)
            {
                utf8Parameters.Add("global::System.ReadOnlySpan<byte> " + name);
                utf8Arguments.Add("Decode(" + name + ")");
            }

            w.Line("/// <summary>Takes an article stored as UTF-8 data (a corpus too large for string literals): its strings and tables are decoded once, here.</summary>");
            w.Line("internal " + data + "(" + string.Join(", ", utf8Parameters) + ", global::System.ReadOnlySpan<byte> facts, global::System.ReadOnlySpan<byte> paragraphs, global::System.ReadOnlySpan<byte> quotes, global::System.ReadOnlySpan<byte> speakers, string" + q + "[]" + q + " quoteTexts = null, global::System.ReadOnlySpan<byte> metadata = default, global::System.ReadOnlySpan<byte> metadataLengths = default)");
            w.Line("    : this(" + string.Join(", ", utf8Arguments) + ", Decode(facts), Decode(paragraphs), Decode(quotes), Lines(Decode(speakers)), quoteTexts, Decode(metadata), Decode(metadataLengths))");
            w.Line("{");
            w.Line("}");
        }

        w.Line();
        foreach (ArticleSlot slot in ArticleLayout.Slots)
        {
            w.Line("public " + slot.TypeName + " " + slot.Name + " { get; }");
        }

        w.Line("public int[] QuoteFacts { get; }");
        w.Line("public int[] ParagraphQuoteStarts { get; }");
        w.Line("public int SpeakerCount { get; }");
        foreach (SpeakerSlot slot in SpeakerLayout.Slots)
        {
            w.Line("public " + slot.TypeName + "[] " + slot.DataArray + " { get; }");
        }

        w.Line("public int[] SpeakerQuoteStarts { get; }");
        w.Line("public int[] SpeakerQuotes { get; }");
        MetadataViewsEmitter.WriteDataMembers(w);
        w.Line("public string GetParagraph(int index) => _paragraphs[index];");
        w.Line("public string GetQuote(int index) => _quotes[index];");
        if (settings.Utf8Spans)
        {
            w.Line("public global::System.ReadOnlySpan<byte> TextUtf8 => _utf8;");
            w.Line("public global::System.ReadOnlySpan<byte> GetParagraphUtf8(int index) => new global::System.ReadOnlySpan<byte>(_utf8, _paragraphUtf8Starts[index], _paragraphUtf8Lengths[index]);");
            w.Line();
            w.Line(settings.SpanDecoding
                ? "internal static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8);"
                : "internal static string Decode(global::System.ReadOnlySpan<byte> utf8) => global::System.Text.Encoding.UTF8.GetString(utf8.ToArray());");
        }

        w.Line();
        w.Line("// Tables of names (an article's speakers in UTF-8 form, the corpus's speakers) are separated by line feeds, which no paragraph holds.");
        w.Line("internal static string[] Lines(string table) => table.Length == 0 ? new string[0] : table.Split('\\n');");
        w.Line();
        QuoteViewsEmitter.WriteSpeakerKindOf(w);
        w.Line();

        w.Line("/// <summary>Reads a table of decimal numbers separated by single spaces (\"3 -1 14\").</summary>");
        w.Open("internal static int[] Numbers(string table)");
        w.Open("if (table.Length == 0)");
        w.Line("return new int[0];");
        w.Close();
        w.Line();
        w.Line("int count = 1;");
        w.Open("foreach (char c in table)");
        w.Line("count += c == ' ' ? 1 : 0;");
        w.Close();
        w.Line();
        w.Line("var numbers = new int[count];");
        w.Line("int n = 0, value = 0, sign = 1;");
        w.Open("foreach (char c in table)");
        w.Open("if (c == ' ')");
        w.Line("numbers[n++] = sign * value;");
        w.Line("value = 0;");
        w.Line("sign = 1;");
        w.Close();
        w.Open("else if (c == '-')");
        w.Line("sign = -1;");
        w.Close();
        w.Open("else");
        w.Line("value = (value * 10) + (c - '0');");
        w.Close();
        w.Close();
        w.Line();
        w.Line("numbers[n] = sign * value;");
        w.Line("return numbers;");
        w.Close();
        w.Close();
    }

    private static string Fact(string quote, QuoteFact fact) => "QuoteFacts[(" + quote + " * " + Int(QuoteLayout.FactsPerQuote) + ") + " + Int((int)fact) + "]";

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
        foreach (ArticleSlot slot in ArticleLayout.Slots)
        {
            if (slot.ViewSummary is not null)
            {
                Doc(w, slot.ViewSummary);
                w.Line("public " + slot.TypeName + " " + slot.Name + " => Data." + slot.Name + ";");
                w.Line();
            }
        }

        Doc(w, "The article's paragraphs, indexable and enumerable without allocation.");
        w.Line("public " + GeneratedNames.ParagraphList + " Paragraphs => new " + GeneratedNames.ParagraphList + "(Data);");
        w.Line();
        QuoteViewsEmitter.WriteArticleMembers(w);
        MetadataViewsEmitter.WriteArticleMembers(w, settings);
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
        Doc(w, "True when this paragraph is the article's byline (always the first paragraph).");
        w.Line("public bool IsByline => Index == 0 && _article.HasByline;");
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
        ListWriter.Write(w, new ListShape(
            GeneratedNames.ParagraphList,
            GeneratedNames.ParagraphView,
            "The paragraphs of one article, in order. <c>foreach</c> over it allocates nothing; LINQ works too, through the boxed interface.",
            new[] { new ListField(GeneratedNames.ArticleData, "article") },
            "_article is null ? 0 : _article.ParagraphCount",
            "new " + GeneratedNames.ParagraphView + "(_article, index)"));
    }

    private static void Doc(SourceWriter w, string summary) => w.Line("/// <summary>" + summary + "</summary>");
}
