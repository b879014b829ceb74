using System;
using System.Collections.Generic;
using System.IO;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Tests.Quotes;

/// <summary>One labelled quote of a corpus passage.</summary>
internal sealed record LabelledQuote(QuoteKind Kind, string? Speaker, string Start);

/// <summary>One passage of AttributionCorpus.txt: its article text and the quotes a reader labels in it.</summary>
internal sealed record LabelledPassage(string Id, string Text, IReadOnlyList<LabelledQuote> Quotes);

/// <summary>
/// Reads a labelled passage file: AttributionCorpus.txt (the development set) or AttributionHeldOut.txt (the
/// held-out set); AttributionCorpus.txt's header documents the format.
/// </summary>
internal static class AttributionCorpus
{
    public const string DevelopmentFile = "AttributionCorpus.txt";

    public const string HeldOutFile = "AttributionHeldOut.txt";

    public static IReadOnlyList<LabelledPassage> Load() => Load(DevelopmentFile);

    public static IReadOnlyList<LabelledPassage> Load(string fileName) =>
        Parse(File.ReadAllLines(PathOf(fileName), System.Text.Encoding.UTF8));

    private static string PathOf(string fileName) => System.IO.Path.Combine(AppContext.BaseDirectory, "Quotes", fileName);

    public static IReadOnlyList<LabelledPassage> Parse(IEnumerable<string> lines)
    {
        var passages = new List<LabelledPassage>();
        string? id = null;
        var paragraphs = new List<string>();
        var quotes = new List<LabelledQuote>();
        bool inLabels = false;

        void Finish()
        {
            if (id is not null)
            {
                passages.Add(new LabelledPassage(id, string.Join("\n", paragraphs), quotes.ToArray()));
            }
        }

        foreach (string line in lines)
        {
            if (line.StartsWith("#", StringComparison.Ordinal) || line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Finish();
                id = line.Substring(4).Trim();
                paragraphs.Clear();
                quotes.Clear();
                inLabels = false;
            }
            else if (line == "---")
            {
                inLabels = true;
            }
            else if (inLabels)
            {
                string[] parts = line.Split(new[] { '|' }, 3);
                if (parts.Length != 3)
                {
                    throw new FormatException("Bad label line in passage " + id + ": " + line);
                }

                QuoteKind kind = (QuoteKind)Enum.Parse(typeof(QuoteKind), parts[0].Trim(), ignoreCase: true);
                string speaker = parts[1].Trim();
                quotes.Add(new LabelledQuote(kind, speaker == "-" ? null : speaker, parts[2].Trim()));
            }
            else
            {
                paragraphs.Add(line);
            }
        }

        Finish();
        return passages;
    }
}
