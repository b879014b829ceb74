using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;

namespace NewsGen.Tests.Quotes;

/// <summary>
/// How the parser does on a set of labelled passages. Precision: share of assigned speakers that are right (a
/// speaker given to a quote labelled "-", or to a quote nobody labelled, counts as wrong). Recall: share of
/// labelled speakers found. Extraction: labelled quotes found (matched by the start of their text) and their kinds.
/// </summary>
internal sealed class AttributionScore
{
    private AttributionScore(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public int Passages { get; private set; }

    public int Labelled { get; private set; }

    public int LabelledSpeakers { get; private set; }

    public int Extracted { get; private set; }

    public int Unlabelled { get; private set; }

    public int KindsRight { get; private set; }

    public int Assigned { get; private set; }

    public int Right { get; private set; }

    public double Precision => Assigned == 0 ? 0 : (double)Right / Assigned;

    public double Recall => LabelledSpeakers == 0 ? 0 : (double)Right / LabelledSpeakers;

    public double ExtractionRate => Labelled == 0 ? 0 : (double)Extracted / Labelled;

    public double KindAccuracy => Labelled == 0 ? 0 : (double)KindsRight / Labelled;

    /// <summary>The figures and one line per miss, for the test output and assertion messages.</summary>
    public string Report { get; private set; } = string.Empty;

    public static AttributionScore Measure(string name, IReadOnlyList<LabelledPassage> passages)
    {
        var score = new AttributionScore(name) { Passages = passages.Count };
        var details = new StringBuilder();
        foreach (LabelledPassage passage in passages)
        {
            score.Add(passage, details);
        }

        score.Report = string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} passages, {2} labelled quotes ({3} with a speaker), {4} extracted ({5:0.000}), {6} unlabelled, kinds right {7} ({8:0.000}).\n" +
            "Speakers assigned {9}, right {10}: precision {11:0.000}, recall {12:0.000}.\n{13}",
            name, score.Passages, score.Labelled, score.LabelledSpeakers, score.Extracted, score.ExtractionRate, score.Unlabelled,
            score.KindsRight, score.KindAccuracy, score.Assigned, score.Right, score.Precision, score.Recall, details);
        return score;
    }

    private void Add(LabelledPassage passage, StringBuilder details)
    {
        ParsedArticle article = ArticleParser.Parse(passage.Text);
        var matched = new bool[article.Quotes.Count];
        foreach (LabelledQuote label in passage.Quotes)
        {
            Labelled++;
            LabelledSpeakers += label.Speaker is null ? 0 : 1;
            int found = Find(article, label, matched);
            if (found < 0)
            {
                details.AppendLine("  " + passage.Id + ": not extracted: " + label.Start);
                continue;
            }

            matched[found] = true;
            Extracted++;
            ArticleQuote quote = article.Quotes[found];
            KindsRight += quote.Kind == label.Kind ? 1 : 0;
            if (quote.Kind != label.Kind)
            {
                details.AppendLine("  " + passage.Id + ": kind " + quote.Kind + ", labelled " + label.Kind + ": " + label.Start);
            }

            if (quote.Speaker is not null)
            {
                Assigned++;
                Right += quote.Speaker == label.Speaker ? 1 : 0;
            }

            if (quote.Speaker != label.Speaker)
            {
                details.AppendLine("  " + passage.Id + ": speaker " + (quote.Speaker ?? "-") + ", labelled " + (label.Speaker ?? "-") + ": " + label.Start);
            }
        }

        for (int i = 0; i < matched.Length; i++)
        {
            if (!matched[i])
            {
                Unlabelled++;
                Assigned += article.Quotes[i].Speaker is null ? 0 : 1;
                details.AppendLine("  " + passage.Id + ": unlabelled quote: " + article.Quotes[i].Text);
            }
        }
    }

    private static int Find(ParsedArticle article, LabelledQuote label, bool[] matched)
    {
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            if (!matched[i] && article.Quotes[i].Text.StartsWith(label.Start, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
