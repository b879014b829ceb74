using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
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

    /// <summary>
    /// The quote arguments of the data class's base constructor: the quote strings (null where the view decodes
    /// the UTF-8 text instead), the tables, and, with UTF-8 support, the byte ranges of paragraphs and quotes.
    /// </summary>
    public static void WriteConstructorArguments(SourceWriter w, ParsedArticle parsed, string outer, string stringArray, string emptyStrings, bool decode, bool utf8, CancellationToken cancellationToken)
    {
        QuoteTables q = new(parsed);
        var slices = new Utf8Slices(parsed);
        var quotes = new List<string>();
        var ranges = new List<int>();
        foreach ((int Start, int Length) paragraph in slices.Paragraphs())
        {
            ranges.Add(paragraph.Start);
            ranges.Add(paragraph.Length);
        }

        for (int i = 0; i < parsed.Quotes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (int Start, int Length)? slice = slices.Find(parsed.Quotes[i]);
            quotes.Add(decode && slice is not null ? "null" : outer + Name(i));
            ranges.Add(slice?.Start ?? 0);
            ranges.Add(slice?.Length ?? 0);
        }

        w.Line("        " + (quotes.Count == 0 ? emptyStrings : stringArray + string.Join(", ", quotes) + " }") + ",");
        w.Line("        " + IntArray(q.Facts) + ",");
        w.Line("        " + IntArray(q.ParagraphStarts) + ",");
        w.Line("        " + StringArray(q.SpeakerNames) + ",");
        w.Line("        " + StringArray(q.SpeakerRoles) + ",");
        w.Line("        " + IntArray(q.SpeakerStarts) + ",");
        w.Line("        " + IntArray(q.SpeakerQuotes) + (utf8 ? "," : ")"));
        if (utf8)
        {
            w.Line("        " + IntArray(ranges) + ")");
        }
    }

    public static string KindName(QuoteKind kind) => kind.ToString();

    private static string IntArray(List<int> values)
    {
        if (values.Count == 0)
        {
            return "new int[0]";
        }

        var b = new StringBuilder("new int[] { ");
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

        var b = new StringBuilder("new string[] { ");
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
