using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Generation;

/// <summary>
/// Writes an article's quotes: a <c>const string</c> per quote on the article type, and the tables the views
/// read (positions, kinds, parents, speakers, per-paragraph and per-speaker ranges) as static arrays of the
/// article's data class, so every view member is an array read and allocates nothing.
/// </summary>
internal static class QuoteData
{
    /// <summary>Numbers stored per quote in the facts table, in this order.</summary>
    public const int FactsPerQuote = 7;

    public static string Name(int index) => "Quote" + Int(index + 1);

    public static void WriteConstants(SourceWriter w, ParsedArticle parsed)
    {
        w.Line("/// <summary>The number of quotations in the article: " + Int(parsed.Quotes.Count) + ".</summary>");
        w.Line("public const int QuoteCount = " + Int(parsed.Quotes.Count) + ";");
        w.Line();
        for (int i = 0; i < parsed.Quotes.Count; i++)
        {
            ArticleQuote quote = parsed.Quotes[i];
            string who = quote.Kind == QuoteKind.Title ? "a title, not speech"
                : quote.Speaker is null ? "no speaker named"
                : "said by " + XmlDoc.Preview(quote.Speaker);
            w.Line("/// <summary>Quote " + Int(i + 1) + " (paragraph " + Int(quote.Paragraph + 1) + ", " + KindName(quote.Kind).ToLowerInvariant() + ", " + who + "): \u201C" + XmlDoc.Preview(quote.Text) + "\u201D</summary>");
            w.Line("public const string " + Name(i) + " = " + CSharpLiteral.String(quote.Text) + ";");
            w.Line();
        }
    }

    /// <summary>Members of the nested data class that answer the views' quote questions.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="parsed">The article.</param>
    /// <param name="outer">The article type's name and a dot, to reach its constants.</param>
    /// <param name="decode">True when quotes are read as slices of the article's UTF-8 text instead of their constants.</param>
    public static void WriteDataMembers(SourceWriter w, ParsedArticle parsed, string outer, bool decode)
    {
        QuoteTables q = new(parsed);
        w.Line("private static readonly int[] s_quoteFacts = " + IntArray(q.Facts) + ";");
        w.Line("private static readonly int[] s_paragraphQuoteStarts = " + IntArray(q.ParagraphStarts) + ";");
        w.Line("private static readonly string[] s_speakerNames = " + StringArray(q.SpeakerNames) + ";");
        w.Line("private static readonly string[] s_speakerRoles = " + StringArray(q.SpeakerRoles) + ";");
        w.Line("private static readonly int[] s_speakerQuoteStarts = " + IntArray(q.SpeakerStarts) + ";");
        w.Line("private static readonly int[] s_speakerQuotes = " + IntArray(q.SpeakerQuotes) + ";");
        w.Line();
        w.Line("public override int QuoteCount => " + outer + "QuoteCount;");
        w.Line("public override int[] QuoteFacts => s_quoteFacts;");
        w.Line("public override int[] ParagraphQuoteStarts => s_paragraphQuoteStarts;");
        w.Line("public override string[] SpeakerNames => s_speakerNames;");
        w.Line("public override string[] SpeakerRoles => s_speakerRoles;");
        w.Line("public override int[] SpeakerQuoteStarts => s_speakerQuoteStarts;");
        w.Line("public override int[] SpeakerQuotes => s_speakerQuotes;");
        w.Line();
        w.Open("public override string GetQuote(int index)");
        w.Open("switch (index)");
        Utf8Slices? slices = decode ? new Utf8Slices(parsed) : null;
        for (int i = 0; i < parsed.Quotes.Count; i++)
        {
            w.Line(slices?.Find(parsed.Quotes[i]) is { } slice
                ? "case " + Int(i) + ": return Decode(" + outer + "TextUtf8.Slice(" + Int(slice.Start) + ", " + Int(slice.Length) + "));"
                : "case " + Int(i) + ": return " + outer + Name(i) + ";");
        }

        w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
        w.Close();
    }

    public static string KindName(QuoteKind kind) => kind.ToString();

    private static string IntArray(List<int> values)
    {
        if (values.Count == 0)
        {
            return "new int[0]";
        }

        var b = new StringBuilder("{ ");
        for (int i = 0; i < values.Count; i++)
        {
            b.Append(i == 0 ? string.Empty : ", ").Append(Int(values[i]));
        }

        return b.Append(" }").ToString();
    }

    private static string StringArray(List<string> values)
    {
        if (values.Count == 0)
        {
            return "new string[0]";
        }

        var b = new StringBuilder("{ ");
        for (int i = 0; i < values.Count; i++)
        {
            b.Append(i == 0 ? string.Empty : ", ").Append(CSharpLiteral.String(values[i]));
        }

        return b.Append(" }").ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tables, computed from the parsed quotes.</summary>
    private sealed class QuoteTables
    {
        public QuoteTables(ParsedArticle parsed)
        {
            var speakerIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (ArticleSpeaker speaker in parsed.Speakers)
            {
                speakerIndex[speaker.Name] = SpeakerNames.Count;
                SpeakerNames.Add(speaker.Name);
                SpeakerRoles.Add(speaker.Role ?? string.Empty);
            }

            var bySpeaker = new List<int>[SpeakerNames.Count];
            for (int s = 0; s < bySpeaker.Length; s++)
            {
                bySpeaker[s] = new List<int>();
            }

            int paragraph = 0;
            for (int i = 0; i < parsed.Quotes.Count; i++)
            {
                ArticleQuote quote = parsed.Quotes[i];
                while (paragraph <= quote.Paragraph)
                {
                    ParagraphStarts.Add(i);
                    paragraph++;
                }

                int speaker = quote.Speaker is not null && speakerIndex.TryGetValue(quote.Speaker, out int found) ? found : -1;
                if (speaker >= 0)
                {
                    bySpeaker[speaker].Add(i);
                }

                // paragraph, end paragraph, offset, length, kind, parent, speaker: FactsPerQuote numbers.
                Facts.AddRange(new[] { quote.Paragraph, quote.EndParagraph, quote.Offset, quote.Length, (int)quote.Kind, quote.Parent, speaker });
            }

            while (paragraph <= parsed.Paragraphs.Count)
            {
                ParagraphStarts.Add(parsed.Quotes.Count);
                paragraph++;
            }

            foreach (List<int> quotes in bySpeaker)
            {
                SpeakerStarts.Add(SpeakerQuotes.Count);
                SpeakerQuotes.AddRange(quotes);
            }

            SpeakerStarts.Add(SpeakerQuotes.Count);
        }

        public List<int> Facts { get; } = new();

        /// <summary>Quotes of paragraph p are indices ParagraphStarts[p] up to ParagraphStarts[p + 1].</summary>
        public List<int> ParagraphStarts { get; } = new();

        public List<string> SpeakerNames { get; } = new();

        public List<string> SpeakerRoles { get; } = new();

        public List<int> SpeakerStarts { get; } = new();

        public List<int> SpeakerQuotes { get; } = new();
    }
}
