using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsGen.Model;

namespace NewsGen.Generation.Layout;

/// <summary>
/// The corpus's speakers as the two literals the corpus file passes to the speaker data: every distinct canonical
/// name in ordinal order, and per name its quotes as (article, quote) pairs in corpus order. Two strings whatever
/// the corpus size, because a string literal costs the compiler one token and a class or an array initializer
/// costs it per member (docs/performance.md).
/// </summary>
internal sealed class CorpusSpeakerTable
{
    /// <summary>Between names in <see cref="NamesText"/>: a name comes from one paragraph, and paragraphs hold no line feed.</summary>
    public const string NameSeparator = "\n";

    /// <summary>The comment above the names literal.</summary>
    public const string NamesCaption = "// every speaker's canonical name, in ordinal order, separated by line feeds";

    /// <summary>The comment above the quotes literal.</summary>
    public const string QuotesCaption = "// per speaker: the number of quotes, then the article index and the quote index of each";

    private CorpusSpeakerTable(List<string> names, string quotes, int quoteCount)
    {
        Names = names;
        NamesText = string.Join(NameSeparator, names);
        Quotes = quotes;
        QuoteCount = quoteCount;
    }

    /// <summary>Every distinct speaker name, ordinal order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The names joined by <see cref="NameSeparator"/>.</summary>
    public string NamesText { get; }

    /// <summary>Per speaker in <see cref="Names"/> order: its quote count, then an article index (in the corpus's order) and a quote index per quote.</summary>
    public string Quotes { get; }

    /// <summary>The number of attributed quotes in the corpus.</summary>
    public int QuoteCount { get; }

    /// <summary>
    /// Builds the table from each article's speakers, in the corpus's (ordinal id) order, so an article's index in
    /// the list is its index in the corpus. Names are matched exactly and ordinally: one canonical name is one
    /// speaker, whatever articles it comes from.
    /// </summary>
    public static CorpusSpeakerTable Of(IReadOnlyList<EquatableArray<SpeakerQuotes>> speakersByArticle)
    {
        var byName = new SortedDictionary<string, List<int>>(System.StringComparer.Ordinal);
        int total = 0;
        for (int article = 0; article < speakersByArticle.Count; article++)
        {
            foreach (SpeakerQuotes speaker in speakersByArticle[article])
            {
                if (!byName.TryGetValue(speaker.Name, out List<int>? pairs))
                {
                    byName[speaker.Name] = pairs = new List<int>();
                }

                // Articles come in corpus order and an article's quotes ascending, so each list is sorted.
                foreach (int quote in speaker.Quotes)
                {
                    pairs.Add(article);
                    pairs.Add(quote);
                    total++;
                }
            }
        }

        var names = new List<string>(byName.Count);
        var quotes = new StringBuilder();
        foreach (KeyValuePair<string, List<int>> speaker in byName)
        {
            names.Add(speaker.Key);
            Append(quotes, speaker.Value.Count / 2);
            foreach (int number in speaker.Value)
            {
                Append(quotes, number);
            }
        }

        return new CorpusSpeakerTable(names, quotes.ToString(), total);
    }

    private static void Append(StringBuilder table, int value) =>
        table.Append(table.Length == 0 ? string.Empty : " ").Append(value.ToString(CultureInfo.InvariantCulture));
}
