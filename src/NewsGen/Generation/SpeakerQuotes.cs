using System.Collections.Generic;
using NewsGen.Model;
using NewsGen.Generation.Layout;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Generation;

/// <summary>
/// One speaker of one article as the corpus lists them: the canonical name and the indices of the article's
/// quotes attributed to it, ascending. Only a string and numbers, so the corpus step caches by value: an edit
/// that leaves an article's speakers and their quotes alone leaves the corpus's speaker table alone.
/// </summary>
/// <param name="Name">The speaker's canonical name (<see cref="ArticleSpeaker.Name"/>).</param>
/// <param name="Quotes">The indices of the speaker's quotes in the article, ascending.</param>
internal sealed record SpeakerQuotes(string Name, EquatableArray<int> Quotes)
{
    /// <summary>
    /// The speakers of <paramref name="content"/> that have quotes, with them, in the article's speaker order. The
    /// quotes are those the views give each speaker (<see cref="ArticleTables.QuoteSpeakers"/>), so the corpus and
    /// the article never disagree on who said what.
    /// </summary>
    public static EquatableArray<SpeakerQuotes> Of(ArticleContent content)
    {
        int[] quoteSpeakers = ArticleTables.QuoteSpeakers(content);
        var quotesOf = new List<int>[content.Speakers.Count];
        for (int i = 0; i < quoteSpeakers.Length; i++)
        {
            if (quoteSpeakers[i] >= 0)
            {
                (quotesOf[quoteSpeakers[i]] ??= new List<int>()).Add(i);
            }
        }

        var speakers = new List<SpeakerQuotes>();
        for (int s = 0; s < quotesOf.Length; s++)
        {
            if (quotesOf[s] is { } quotes)
            {
                speakers.Add(new SpeakerQuotes(content.Speakers[s].Name, new EquatableArray<int>(quotes.ToArray())));
            }
        }

        return new EquatableArray<SpeakerQuotes>(speakers.ToArray());
    }
}
