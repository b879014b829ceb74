using NewsGen.Generation.Layout;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes the quote views every article shares: the <c>NewsQuoteKind</c> enum, the <c>NewsQuote</c> and
/// <c>NewsSpeaker</c> views and their lists. Like the paragraph views they hold the article's data singleton
/// and an index, and read its static tables, so nothing allocates.
/// </summary>
internal static class QuoteViewsEmitter
{
    private const string Data = GeneratedNames.ArticleData;

    /// <summary>The abstract members the article data class gains for quotes.</summary>
    public static void WriteArticleMembers(SourceWriter w)
    {
        Doc(w, "The article's quotations in order of their opening marks (a nested quote follows the quote around it).");
        w.Line("public " + GeneratedNames.QuoteList + " Quotes => new " + GeneratedNames.QuoteList + "(Data, 0, Data.QuoteCount, null);");
        w.Line();
        Doc(w, "The people quoted, each once, in order of their first quote.");
        w.Line("public " + GeneratedNames.SpeakerList + " Speakers => new " + GeneratedNames.SpeakerList + "(Data);");
        w.Line();
    }

    public static void WriteParagraphMembers(SourceWriter w)
    {
        Doc(w, "The quotations that open in this paragraph, in order.");
        w.Line("public " + GeneratedNames.QuoteList + " Quotes => new " + GeneratedNames.QuoteList + "(_article, _article.ParagraphQuoteStarts[Index], _article.ParagraphQuoteStarts[Index + 1] - _article.ParagraphQuoteStarts[Index], null);");
        w.Line();
    }

    public static void WriteTypes(SourceWriter w, string q)
    {
        WriteKind(w);
        w.Line();
        WriteSpeakerKind(w);
        w.Line();
        WriteQuote(w, q);
        w.Line();
        WriteSpeaker(w, q);
        w.Line();
        ListWriter.Write(w, new ListShape(
            GeneratedNames.QuoteList,
            GeneratedNames.QuoteView,
            "Quotations of an article, of one paragraph or of one speaker, in text order. <c>foreach</c> over it allocates nothing.",
            new[] { new ListField(Data, "article"), new ListField("int", "start"), new ListField("int", "count"), new ListField("int[]" + q, "indices") },
            "_count",
            "new " + GeneratedNames.QuoteView + "(_article, _indices == null ? _start + index : _indices[_start + index])"));
        w.Line();
        ListWriter.Write(w, new ListShape(
            GeneratedNames.SpeakerList,
            GeneratedNames.SpeakerView,
            "The people an article quotes, each once, in order of their first quote. <c>foreach</c> over it allocates nothing.",
            new[] { new ListField(Data, "article") },
            "_article == null ? 0 : _article.SpeakerCount",
            "new " + GeneratedNames.SpeakerView + "(_article, index)"));
    }

    private static void WriteKind(SourceWriter w)
    {
        Doc(w, "What a quotation is doing in the writer's sentence.");
        Preamble.WriteGeneratedCode(w);
        w.Open("public enum " + GeneratedNames.QuoteKindEnum);
        Doc(w, "One or more full sentences set off from the writer's words.");
        w.Line("Statement = 0,");
        w.Line();
        Doc(w, "Words woven into the writer's own sentence.");
        w.Line("Fragment = 1,");
        w.Line();
        Doc(w, "A quotation inside another quotation.");
        w.Line("Nested = 2,");
        w.Line();
        Doc(w, "The name of a show, book or film in quotation marks: not speech, never attributed.");
        w.Line("Title = 3,");
        w.Close();
    }

    private static void WriteQuote(SourceWriter w, string q)
    {
        string self = GeneratedNames.QuoteView;
        IndexedViewWriter.WriteOpening(w, self, "A view of one quotation: its text, place, kind and speaker. Reading it allocates nothing.", "The quote's 0-based position among its article's quotes.");
        Doc(w, "The quote's 1-based number: <c>Quote</c><i>n</i> on the article type.");
        w.Line("public int Number => Index + 1;");
        w.Line();
        Doc(w, "The text between the quotation marks, verbatim. A quote that runs on over paragraphs holds the joined text, paragraphs separated by a line feed.");
        w.Line("public string Text => _article.GetQuote(Index);");
        w.Line();
        Doc(w, "The index of the paragraph that holds the opening mark.");
        w.Line("public int ParagraphIndex => " + QuoteLayout.Read(QuoteFact.Paragraph) + ";");
        w.Line();
        Doc(w, "The index of the paragraph that holds the closing mark (the same unless the quote runs on).");
        w.Line("public int EndParagraphIndex => " + QuoteLayout.Read(QuoteFact.EndParagraph) + ";");
        w.Line();
        Doc(w, "The offset (UTF-16 code units) of the quote's first character in its paragraph's text.");
        w.Line("public int Offset => " + QuoteLayout.Read(QuoteFact.Offset) + ";");
        w.Line();
        Doc(w, "The length of <see cref=\"Text\"/> in UTF-16 code units.");
        w.Line("public int Length => " + QuoteLayout.Read(QuoteFact.Length) + ";");
        w.Line();
        Doc(w, "What the quotation is doing in the sentence.");
        w.Line("public " + GeneratedNames.QuoteKindEnum + " Kind => (" + GeneratedNames.QuoteKindEnum + ")" + QuoteLayout.Read(QuoteFact.Kind) + ";");
        w.Line();
        Doc(w, "True when this quote is nested in another.");
        w.Line("public bool HasParent => " + QuoteLayout.Read(QuoteFact.Parent) + " >= 0;");
        w.Line();
        Doc(w, "The index of the enclosing quote, or -1.");
        w.Line("public int ParentIndex => " + QuoteLayout.Read(QuoteFact.Parent) + ";");
        w.Line();
        Doc(w, "The enclosing quote.");
        w.Line("/// <exception cref=\"global::System.InvalidOperationException\">The quote is not nested (<see cref=\"HasParent\"/> is false).</exception>");
        w.Line("public " + self + " Parent => HasParent ? new " + self + "(_article, ParentIndex) : throw new global::System.InvalidOperationException(\"This quote is not nested in another.\");");
        w.Line();
        Doc(w, "True when the text names who said this.");
        w.Line("public bool HasSpeaker => SpeakerIndex >= 0;");
        w.Line();
        Doc(w, "The speaker's index in the article's <c>Speakers</c>, or -1.");
        w.Line("public int SpeakerIndex => " + QuoteLayout.Read(QuoteFact.Speaker) + ";");
        w.Line();
        Doc(w, "Who said this: the article's speaker, with name, role and quotes. For a quote whose text names nobody (<see cref=\"HasSpeaker\"/> false) it is the article's \"nobody\": <c>Index</c> -1, empty <c>Name</c> and <c>Role</c>, no quotes.");
        w.Line("public " + GeneratedNames.SpeakerView + " Speaker => new " + GeneratedNames.SpeakerView + "(_article, HasSpeaker ? SpeakerIndex : -1);");
        w.Line();
        Doc(w, "The speaker's canonical name (<c>Speaker.Name</c>), or empty when the text names nobody.");
        w.Line("public string SpeakerName => Speaker.Name;");
        w.Line();
        Doc(w, "The speaker's role as the article gives it (\"President\"; <c>Speaker.Role</c>), or empty.");
        w.Line("public string Role => Speaker.Role;");
        w.Line();
        Doc(w, "The paragraph that holds the opening mark.");
        w.Line("public " + GeneratedNames.ParagraphView + " Paragraph => new " + GeneratedNames.ParagraphView + "(_article, ParagraphIndex);");
        w.Line();
        Doc(w, "The article this quote belongs to.");
        w.Line("public " + GeneratedNames.ArticleView + " Article => new " + GeneratedNames.ArticleView + "(_article);");
        w.Line();
        IndexedViewWriter.WriteEquality(w, self, q, "Text");
        w.Close();
    }

    private static void WriteSpeaker(SourceWriter w, string q)
    {
        string self = GeneratedNames.SpeakerView;
        IndexedViewWriter.WriteOpening(w, self, "A view of one person an article quotes (or of nobody, for a quote without a speaker). Reading it allocates nothing.", "The speaker's 0-based position in the article's speakers (order of first quote), or -1 for nobody.");
        foreach (SpeakerSlot slot in SpeakerLayout.Slots)
        {
            Doc(w, slot.ViewSummary);
            w.Line("public " + slot.TypeName + " " + slot.Name + " => Index < 0 ? " + slot.Nobody + " : _article." + slot.DataArray + "[Index];");
            w.Line();
        }

        Doc(w, "True when the article gives the speaker a role.");
        w.Line("public bool HasRole => Role.Length > 0;");
        w.Line();
        Doc(w, "This speaker's quotes, in text order (none for nobody).");
        w.Line("public " + GeneratedNames.QuoteList + " Quotes => Index < 0 ? default(" + GeneratedNames.QuoteList + ") : new " + GeneratedNames.QuoteList + "(_article, _article.SpeakerQuoteStarts[Index], _article.SpeakerQuoteStarts[Index + 1] - _article.SpeakerQuoteStarts[Index], _article.SpeakerQuotes);");
        w.Line();
        Doc(w, "The article that quotes this speaker.");
        w.Line("public " + GeneratedNames.ArticleView + " Article => new " + GeneratedNames.ArticleView + "(_article);");
        w.Line();
        IndexedViewWriter.WriteEquality(w, self, q, "Name");
        w.Close();
    }

    // The values follow the parser's SpeakerKind, one higher: None (0) is the default, the "nobody" view's.
    private static void WriteSpeakerKind(SourceWriter w)
    {
        Doc(w, "What kind of speaker a quotation has.");
        Preamble.WriteGeneratedCode(w);
        w.Open("public enum " + GeneratedNames.SpeakerKindEnum);
        Doc(w, "Nobody: the quotation has no speaker.");
        w.Line("None = 0,");
        w.Line();
        Doc(w, "A person the article names; <c>Name</c> is the full name it introduced.");
        w.Line("Person = 1,");
        w.Line();
        Doc(w, "An organisation, institution or publication (\"the Defence Ministry said\"); <c>Name</c> is its name as written, without \"the\".");
        w.Line("Organization = 2,");
        w.Line();
        Doc(w, "Someone the article describes but does not name (\"a spokesman for the utility said\"); <c>Name</c> is the description.");
        w.Line("Description = 3,");
        w.Close();
    }

    /// <summary>Writes the views' data method that reads a stored kind name (<see cref="SpeakerLayout"/>'s Kind row).</summary>
    public static void WriteSpeakerKindOf(SourceWriter w)
    {
        w.Open("internal static " + GeneratedNames.SpeakerKindEnum + " " + SpeakerLayout.SpeakerKindOf + "(string kind)");
        w.Open("switch (kind)");
        // The stored names are the parser's SpeakerKind names (the row's value), so nameof keeps the two in step.
        w.Line("case \"" + nameof(SpeakerKind.Organization) + "\": return " + GeneratedNames.SpeakerKindEnum + ".Organization;");
        w.Line("case \"" + nameof(SpeakerKind.Description) + "\": return " + GeneratedNames.SpeakerKindEnum + ".Description;");
        w.Line("default: return " + GeneratedNames.SpeakerKindEnum + ".Person;");
        w.Close();
        w.Close();
    }

    private static void Doc(SourceWriter w, string summary) => w.Line("/// <summary>" + summary + "</summary>");
}
