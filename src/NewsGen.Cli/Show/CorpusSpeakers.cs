using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsGen.Generation;
using NewsGen.Generation.Emit;
using NewsGen.Generation.Layout;
using NewsGen.Model;

namespace NewsGen.Cli.Show;

/// <summary>
/// Who said what across the articles shown, computed by the generator's own pieces so that the tool lists exactly
/// what the generated <c>NewsCorpus.Speakers</c> holds: each article's speakers with their quotes
/// (<see cref="SpeakerQuotes.Of"/>), the corpus table built from them (<see cref="CorpusSpeakerTable.Of"/>), and
/// that table read back as the generated speaker data reads it.
/// </summary>
internal static class CorpusSpeakers
{
    public static List<CorpusSpeaker> Of(IReadOnlyList<ArticleReport> reports)
    {
        // The corpus lists the articles the build generates, in ordinal order of id (CorpusEmitter.Members): a file
        // that clashes (NEWS011, NEWS019) gets no type, so none of its quotes is in the table.
        var members = new List<(string Id, EquatableArray<SpeakerQuotes> Speakers)>();
        foreach (ArticleReport report in reports)
        {
            if (report.Name.IsUnique)
            {
                members.Add((report.Name.Id, SpeakerQuotes.Of(ArticleContent.From(report.Article))));
            }
        }

        members.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        CorpusSpeakerTable table = CorpusSpeakerTable.Of(members.Select(member => member.Speakers).ToList());
        return Read(table, members);
    }

    // The quotes table is, per name in order: the quote count, then an article index and a quote index per quote.
    private static List<CorpusSpeaker> Read(CorpusSpeakerTable table, List<(string Id, EquatableArray<SpeakerQuotes> Speakers)> members)
    {
        string[] numbers = table.Quotes.Length == 0 ? Array.Empty<string>() : table.Quotes.Split(' ');
        int next = 0;
        int Number() => int.Parse(numbers[next++], NumberStyles.None, CultureInfo.InvariantCulture);

        var speakers = new List<CorpusSpeaker>(table.Names.Count);
        foreach (string name in table.Names)
        {
            int count = Number();
            var quotes = new List<CorpusQuote>(count);
            int articles = 0;
            for (int i = 0; i < count; i++)
            {
                int article = Number();
                int quote = Number();
                string id = members[article].Id;
                if (i == 0 || quotes[i - 1].ArticleId != id)
                {
                    articles++;
                }

                quotes.Add(new CorpusQuote(id, quote));
            }

            speakers.Add(new CorpusSpeaker(name, quotes, articles));
        }

        return speakers;
    }
}
