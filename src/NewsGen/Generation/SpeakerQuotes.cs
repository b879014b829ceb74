using System.Collections.Generic;
using NewsGen.Model;
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
    /// <summary>The speakers of <paramref name="content"/> with their quotes, in the article's speaker order.</summary>
    public static EquatableArray<SpeakerQuotes> Of(ArticleContent content)
    {
        var quotesByName = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
        foreach (ArticleSpeaker speaker in content.Speakers)
        {
            quotesByName[speaker.Name] = new List<int>();
        }

        for (int i = 0; i < content.Quotes.Count; i++)
        {
            // The views attribute a quote by the same lookup (ArticleTables): a name that is not among the
            // article's speakers has no speaker there, so it has none here.
            if (content.Quotes[i].Speaker is { } name && quotesByName.TryGetValue(name, out List<int>? quotes))
            {
                quotes.Add(i);
            }
        }

        var speakers = new SpeakerQuotes[content.Speakers.Count];
        for (int s = 0; s < speakers.Length; s++)
        {
            string name = content.Speakers[s].Name;
            speakers[s] = new SpeakerQuotes(name, new EquatableArray<int>(quotesByName[name].ToArray()));
        }

        return new EquatableArray<SpeakerQuotes>(speakers);
    }
}
