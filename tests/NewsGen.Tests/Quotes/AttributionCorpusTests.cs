using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsGen.Parsing;
using NewsGen.Parsing.Quotes;
using Xunit;

namespace NewsGen.Tests.Quotes;

/// <summary>
/// Measures speaker attribution on the labelled passages of AttributionCorpus.txt. Precision: share of assigned
/// speakers that are right. Recall: share of labelled speakers found. Issue 5's bar: 0.95 and 0.85.
/// </summary>
public sealed class AttributionCorpusTests
{
    private readonly ITestOutputHelper _output;

    public AttributionCorpusTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Corpus_has_at_least_forty_passages_with_labelled_speakers()
    {
        IReadOnlyList<LabelledPassage> passages = AttributionCorpus.Load();
        int speakers = 0;
        foreach (LabelledPassage passage in passages)
        {
            foreach (LabelledQuote quote in passage.Quotes)
            {
                speakers += quote.Speaker is null ? 0 : 1;
            }
        }

        Assert.True(passages.Count >= 40, "passages: " + passages.Count);
        Assert.True(speakers >= 40, "labelled speakers: " + speakers);
    }

    [Fact]
    public void Attribution_reaches_the_precision_and_recall_bar()
    {
        Score score = Measure(AttributionCorpus.Load(), out string report);
        _output.WriteLine(report);

        Assert.True(score.Precision >= 0.95, report);
        Assert.True(score.Recall >= 0.85, report);
    }

    [Fact]
    public void Every_labelled_quote_is_extracted_with_its_kind()
    {
        Score score = Measure(AttributionCorpus.Load(), out string report);
        _output.WriteLine(report);

        Assert.Equal(score.Labelled, score.Extracted);
        Assert.Equal(0, score.Unlabelled);
        Assert.Equal(score.Labelled, score.KindsRight);
    }

    private static Score Measure(IReadOnlyList<LabelledPassage> passages, out string report)
    {
        var score = new Score();
        var details = new StringBuilder();
        foreach (LabelledPassage passage in passages)
        {
            ParsedArticle article = ArticleParser.Parse(passage.Text);
            var matched = new bool[article.Quotes.Count];
            foreach (LabelledQuote label in passage.Quotes)
            {
                score.Labelled++;
                score.LabelledSpeakers += label.Speaker is null ? 0 : 1;
                int found = Find(article, label, matched);
                if (found < 0)
                {
                    details.AppendLine("  " + passage.Id + ": not extracted: " + label.Start);
                    continue;
                }

                matched[found] = true;
                score.Extracted++;
                ArticleQuote quote = article.Quotes[found];
                score.KindsRight += quote.Kind == label.Kind ? 1 : 0;
                if (quote.Kind != label.Kind)
                {
                    details.AppendLine("  " + passage.Id + ": kind " + quote.Kind + ", labelled " + label.Kind + ": " + label.Start);
                }

                if (quote.Speaker is not null)
                {
                    score.Assigned++;
                    score.Right += quote.Speaker == label.Speaker ? 1 : 0;
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
                    score.Unlabelled++;
                    score.Assigned += article.Quotes[i].Speaker is null ? 0 : 1;
                    details.AppendLine("  " + passage.Id + ": unlabelled quote: " + article.Quotes[i].Text);
                }
            }
        }

        report = string.Format(
            CultureInfo.InvariantCulture,
            "Attribution corpus: {0} passages, {1} labelled quotes ({2} with a speaker), {3} extracted, {4} unlabelled, kinds right {5}.\n" +
            "Speakers assigned {6}, right {7}: precision {8:0.000}, recall {9:0.000}.\n{10}",
            passages.Count, score.Labelled, score.LabelledSpeakers, score.Extracted, score.Unlabelled, score.KindsRight,
            score.Assigned, score.Right, score.Precision, score.Recall, details);
        return score;
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

    private sealed class Score
    {
        public int Labelled { get; set; }

        public int LabelledSpeakers { get; set; }

        public int Extracted { get; set; }

        public int Unlabelled { get; set; }

        public int KindsRight { get; set; }

        public int Assigned { get; set; }

        public int Right { get; set; }

        public double Precision => Assigned == 0 ? 0 : (double)Right / Assigned;

        public double Recall => LabelledSpeakers == 0 ? 0 : (double)Right / LabelledSpeakers;
    }
}
