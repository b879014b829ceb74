using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsGen.Model;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Generation.Layout;

/// <summary>
/// The tables an article passes to the views' data, as the literals the generated code holds. The emitter
/// writes them and the user-string budget counts them, from this one computation.
/// </summary>
internal sealed class ArticleTables
{
    private ArticleTables(string facts, string paragraphs, string quotes, List<string> speakers, bool[] quoteIsSpan, List<string> metadataStrings)
    {
        MetadataStrings = metadataStrings;
        var lengths = new StringBuilder();
        foreach (string item in metadataStrings)
        {
            Append(lengths, item.Length);
        }

        MetadataLengths = lengths.ToString();
        Metadata = string.Concat(metadataStrings);
        Facts = facts;
        Paragraphs = paragraphs;
        Quotes = quotes;
        Speakers = speakers;
        QuoteIsSpan = quoteIsSpan;
    }

    /// <summary>The article's numbers and flags, in layout order.</summary>
    public string Facts { get; }

    /// <summary>The UTF-16 length of each paragraph.</summary>
    public string Paragraphs { get; }

    /// <summary>The <see cref="QuoteFact"/> numbers of each quote.</summary>
    public string Quotes { get; }

    /// <summary>Per speaker, one string per <see cref="SpeakerLayout"/> row (a name and a role, empty when none).</summary>
    public List<string> Speakers { get; }

    /// <summary>Per quote: true when its text is the span of the body between its marks, so the views cut it out of the text.</summary>
    public bool[] QuoteIsSpan { get; }

    /// <summary>
    /// The strings of the metadata lists, in this order: per author its name, organisation and role (empty when
    /// none), per tag its text, per front-matter key NewsGen does not type its key and value. The counts are the
    /// AuthorCount, TagCount and MetadataCount facts.
    /// </summary>
    public List<string> MetadataStrings { get; }

    /// <summary>The <see cref="MetadataStrings"/> joined: one literal, cut by <see cref="MetadataLengths"/>.</summary>
    public string Metadata { get; }

    /// <summary>The UTF-16 length of each of the <see cref="MetadataStrings"/>.</summary>
    public string MetadataLengths { get; }

    /// <summary>Computes the tables of <paramref name="content"/>.</summary>
    public static ArticleTables Of(ArticleContent content)
    {
        var facts = new StringBuilder();
        foreach (ArticleSlot slot in ArticleLayout.OfKind(SlotKind.Number, SlotKind.Flag))
        {
            Append(facts, slot.Number(string.Empty, content));
        }

        var paragraphs = new StringBuilder();
        var starts = new int[content.Paragraphs.Count];
        for (int i = 0, start = 0; i < starts.Length; i++)
        {
            starts[i] = start;
            start += content.Paragraphs[i].Text.Length + Parsing.ParsedArticle.ParagraphSeparator.Length;
            Append(paragraphs, content.Paragraphs[i].Text.Length);
        }

        var speakers = new List<string>();
        foreach (ArticleSpeaker speaker in content.Speakers)
        {
            foreach (SpeakerSlot slot in SpeakerLayout.Slots)
            {
                speakers.Add(slot.Value(speaker));
            }
        }

        int[] quoteSpeakers = QuoteSpeakers(content);

        string text = content.Text;
        var quotes = new StringBuilder();
        var isSpan = new bool[content.Quotes.Count];
        for (int i = 0; i < isSpan.Length; i++)
        {
            ArticleQuote quote = content.Quotes[i];
            foreach (int value in QuoteLayout.Values(quote, quoteSpeakers[i]))
            {
                Append(quotes, value);
            }

            int at = quote.Paragraph >= 0 && quote.Paragraph < starts.Length ? starts[quote.Paragraph] + quote.Offset : -1;
            isSpan[i] = at >= 0 && quote.Length == quote.Text.Length && at + quote.Length <= text.Length
                && string.CompareOrdinal(text, at, quote.Text, 0, quote.Length) == 0;
        }

        var metadata = new List<string>();
        foreach (Parsing.Metadata.BylineAuthor author in content.Metadata.Authors)
        {
            metadata.Add(author.Name);
            metadata.Add(author.Organisation ?? string.Empty);
            metadata.Add(author.Role ?? string.Empty);
        }

        foreach (string tag in content.Metadata.FrontMatter.Tags)
        {
            metadata.Add(tag);
        }

        foreach (Parsing.Metadata.MetadataEntry entry in content.Metadata.FrontMatter.Extra)
        {
            metadata.Add(entry.Key);
            metadata.Add(entry.Value);
        }

        return new ArticleTables(facts.ToString(), paragraphs.ToString(), quotes.ToString(), speakers, isSpan, metadata);
    }

    /// <summary>
    /// Per quote, the index of its speaker among the article's speakers, or -1: the one attribution the views and
    /// the corpus's speaker table both read. A name the parser lists twice (with two roles) takes its last entry.
    /// </summary>
    public static int[] QuoteSpeakers(ArticleContent content)
    {
        var speakerIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (int s = 0; s < content.Speakers.Count; s++)
        {
            speakerIndex[content.Speakers[s].Name] = s;
        }

        var quoteSpeakers = new int[content.Quotes.Count];
        for (int i = 0; i < quoteSpeakers.Length; i++)
        {
            string? name = content.Quotes[i].Speaker;
            quoteSpeakers[i] = name is not null && speakerIndex.TryGetValue(name, out int found) ? found : -1;
        }

        return quoteSpeakers;
    }

    private static void Append(StringBuilder table, int value) =>
        table.Append(table.Length == 0 ? string.Empty : " ").Append(value.ToString(CultureInfo.InvariantCulture));
}
