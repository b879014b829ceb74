using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NewsGen.Tests.Quotes;

/// <summary>
/// Measures speaker attribution on the labelled passage sets, against issue 5's bar: precision 0.95, recall 0.85.
/// AttributionCorpus.txt is the development set (the rules were corrected on its misses). AttributionHeldOut.txt was
/// written blind: its first run, before any rule change, gave precision 0.961 and recall 0.817; the rules then
/// served the conventions its misses showed, with its labels unchanged, so it is development data now too.
/// AttributionBlind.txt is issue 15's blind set, written without reading the rules and tagged by outlet style and
/// convention: its figures are printed, not asserted, so that rule work can be measured against its first run.
/// AttributionBlind2.txt is a second blind part of the same set, written the same way: its first-run figures are
/// asserted as floors.
/// </summary>
public sealed class AttributionSetTests
{
    private readonly ITestOutputHelper _output;

    public AttributionSetTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(AttributionCorpus.DevelopmentFile)]
    [InlineData(AttributionCorpus.HeldOutFile)]
    public void Set_has_at_least_forty_passages_with_labelled_speakers(string file)
    {
        IReadOnlyList<LabelledPassage> passages = AttributionCorpus.Load(file);
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

    [Theory]
    [InlineData(AttributionCorpus.DevelopmentFile)]
    [InlineData(AttributionCorpus.HeldOutFile)]
    public void Attribution_reaches_the_precision_and_recall_bar(string file)
    {
        AttributionScore score = Measure(file);

        Assert.True(score.Precision >= 0.95, score.Report);
        Assert.True(score.Recall >= 0.85, score.Report);
    }

    // The development set's kinds are all right; on the held-out set two labels are judgment calls (docs/quotes.md).
    [Theory]
    [InlineData(AttributionCorpus.DevelopmentFile, 1.0)]
    [InlineData(AttributionCorpus.HeldOutFile, 0.95)]
    public void Every_labelled_quote_is_extracted_and_kinds_are_right(string file, double kindAccuracy)
    {
        AttributionScore score = Measure(file);

        Assert.Equal(score.Labelled, score.Extracted);
        Assert.Equal(0, score.Unlabelled);
        Assert.True(score.KindAccuracy >= kindAccuracy, score.Report);
    }

    // Labels cannot rot: a label whose text is not in its passage would count as a miss forever, silently.
    [Theory]
    [InlineData(AttributionCorpus.DevelopmentFile)]
    [InlineData(AttributionCorpus.HeldOutFile)]
    [InlineData(AttributionCorpus.BlindFile)]
    [InlineData(AttributionCorpus.SecondBlindFile)]
    public void Every_labelled_quote_text_occurs_in_its_passage(string file)
    {
        var rotten = new List<string>();
        foreach (LabelledPassage passage in AttributionCorpus.Load(file))
        {
            foreach (LabelledQuote quote in passage.Quotes)
            {
                if (quote.Start.Length == 0 || passage.Text.IndexOf(quote.Start, System.StringComparison.Ordinal) < 0)
                {
                    rotten.Add(passage.Id + ": " + quote.Start);
                }
            }
        }

        Assert.True(rotten.Count == 0, string.Join("\n", rotten));
    }

    [Fact]
    public void Blind_set_is_tagged_by_style_and_convention_and_covers_issue_15()
    {
        IReadOnlyList<LabelledPassage> passages = AttributionCorpus.Load(AttributionCorpus.BlindFile);
        List<LabelledQuote> quotes = passages.SelectMany(p => p.Quotes).ToList();

        Assert.True(passages.Count >= 110, "passages: " + passages.Count);
        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct().Count());
        Assert.All(passages, p => Assert.NotNull(p.Style));
        Assert.All(passages, p => Assert.NotEmpty(p.OwnConventions));
        Assert.Equal(AttributionCorpus.Styles.OrderBy(s => s), passages.Select(p => p.Style!).Distinct().OrderBy(s => s));
        var used = new HashSet<string>(passages.SelectMany(p => p.OwnConventions).Concat(quotes.SelectMany(q => q.OwnConventions)));
        Assert.Equal(AttributionCorpus.KnownConventions.OrderBy(c => c), used.OrderBy(c => c));
        Assert.True(quotes.Count(q => q.Pronoun) >= 20, "pronoun-resolved: " + quotes.Count(q => q.Pronoun));
        Assert.Contains(quotes, q => q.Speaker is not null && q.SpeakerKind == LabelledSpeakerKind.Organisation);
        Assert.Contains(quotes, q => q.Speaker is not null && q.SpeakerKind == LabelledSpeakerKind.Description);
        Assert.Contains(quotes, q => q.Speaker is null);

        // A realistic mix: ordinary passages are a good share of the set, not a token few.
        Assert.True(passages.Count(p => p.OwnConventions.Contains("ordinary")) >= passages.Count / 5);
    }

    // First run, before any rule change of issue 15 (2026-12-01, rules as on commit 2bd2579, branch blindset):
    // 120 passages, 221 labelled quotes (207 with a speaker, 35 of them pronoun-resolved).
    //   overall            quote recall 0.973  precision 0.782 (93/119)  recall 0.449 (93/207)
    //   pronoun-resolved   quote recall 1.000  precision 1.000 (16/16)   recall 0.457 (16/35)
    //   person speakers    quote recall 0.994  precision 0.830 (93/112)  recall 0.554 (93/168)
    //   organisation / description speakers: recall 0 (0/18, 0/21)
    //   per style (precision / recall): wire 0.889/0.533, record 0.739/0.515, tabloid 0.350/0.212,
    //     web 0.917/0.367, trade 1.000/0.464, british 0.850/0.515, broadcast 0.923/0.600
    //   most misses: organisation 36, speech-verb 20, ordinary 18, honorific 17, archive-marks 10, dash 9,
    //     pronoun-far 9, party-state 7, unattributed 7, name-variant 6, block-quote 5, namesake 5, transcript 5
    //   (the test output prints every row and every miss).
    // Low figures do not fail this test: it exists to measure rule work against that first run. It fails only when
    // the set cannot be parsed (Load throws) or the breakdown loses quotes.
    [Fact]
    public void Blind_set_figures_per_style_convention_and_pronoun_row()
    {
        IReadOnlyList<LabelledPassage> passages = AttributionCorpus.Load(AttributionCorpus.BlindFile);
        AttributionScore score = Measure(AttributionCorpus.BlindFile);
        _output.WriteLine(score.Breakdown);

        int quotes = passages.Sum(p => p.Quotes.Count);
        Assert.Equal(quotes, score.Labelled);
        Assert.Equal(passages.SelectMany(p => p.Quotes).Count(q => q.Pronoun), score.PronounResolved.Labelled);
        Assert.Contains("per style:", score.Breakdown);
    }

    [Fact]
    public void Second_blind_set_is_tagged_by_style_and_convention_and_covers_issue_15()
    {
        IReadOnlyList<LabelledPassage> passages = AttributionCorpus.Load(AttributionCorpus.SecondBlindFile);
        List<LabelledQuote> quotes = passages.SelectMany(p => p.Quotes).ToList();
        IEnumerable<string> firstSetIds = AttributionCorpus.Load(AttributionCorpus.BlindFile).Select(p => p.Id);

        Assert.True(passages.Count >= 90, "passages: " + passages.Count);
        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct().Count());
        Assert.Empty(passages.Select(p => p.Id).Intersect(firstSetIds));
        Assert.All(passages, p => Assert.NotNull(p.Style));
        Assert.All(passages, p => Assert.NotEmpty(p.OwnConventions));
        Assert.Equal(AttributionCorpus.Styles.OrderBy(s => s), passages.Select(p => p.Style!).Distinct().OrderBy(s => s));

        // Roughly even: no style has fewer than 12 passages.
        Assert.All(AttributionCorpus.Styles, s => Assert.True(passages.Count(p => p.Style == s) >= 12, s));
        var used = new HashSet<string>(passages.SelectMany(p => p.OwnConventions).Concat(quotes.SelectMany(q => q.OwnConventions)));
        Assert.Equal(AttributionCorpus.KnownConventions.OrderBy(c => c), used.OrderBy(c => c));
        Assert.True(quotes.Count(q => q.Pronoun) >= 20, "pronoun-resolved: " + quotes.Count(q => q.Pronoun));
        Assert.Contains(quotes, q => q.Speaker is not null && q.SpeakerKind == LabelledSpeakerKind.Organisation);
        Assert.Contains(quotes, q => q.Speaker is not null && q.SpeakerKind == LabelledSpeakerKind.Description);
        Assert.Contains(quotes, q => q.Speaker is null);
    }

    // AttributionBlind2.txt is a second blind part of issue 15's labelled set (branch blind2), written the same way
    // as AttributionBlind.txt: without reading the rules, before any rule change. First run (2026-12-02, rules as on
    // main at da854ce): 114 passages, 227 labelled quotes (205 with a speaker, 27 of them pronoun-resolved).
    //   overall            quote recall 0.960 (218/227)  precision 0.724 (84/116)  recall 0.410 (84/205)  kinds 0.868
    //   pronoun-resolved   quote recall 1.000            precision 0.875 (14/16)   recall 0.519 (14/27)
    //   person speakers    quote recall 0.966            precision 0.781 (82/105)  recall 0.466 (82/176)
    //   organisation / description speakers: recall 0.105 (2/19), 0 (0/10)
    //   per style (precision / recall): wire 0.800/0.552, record 0.565/0.406, tabloid 0.438/0.212,
    //     web 0.833/0.323, trade 0.813/0.406, british 0.813/0.481, broadcast 0.923/0.571
    //   most misses: honorific 24, organisation 22, dash 15, speech-verb 14, archive-marks 13, namesake 12,
    //     party-state 12, block-quote 9, embedded-post 9, name-variant 8, split 8, pronoun-far 7
    //   (the test output prints every row and every miss).
    // The floors sit just below that first run, so a rule change that loses ground on unseen copy fails here; rule
    // work that gains ground should raise them, and must not edit the set's labels to do it.
    [Fact]
    public void Second_blind_set_figures_do_not_fall_below_their_first_run()
    {
        IReadOnlyList<LabelledPassage> passages = AttributionCorpus.Load(AttributionCorpus.SecondBlindFile);
        AttributionScore score = Measure(AttributionCorpus.SecondBlindFile);
        _output.WriteLine(score.Breakdown);

        Assert.Equal(passages.Sum(p => p.Quotes.Count), score.Labelled);
        Assert.Equal(passages.SelectMany(p => p.Quotes).Count(q => q.Pronoun), score.PronounResolved.Labelled);
        Assert.Contains("per style:", score.Breakdown);
        Assert.True(score.ExtractionRate >= 0.960, score.Report);
        Assert.True(score.KindAccuracy >= 0.867, score.Report);
        Assert.True(score.Precision >= 0.724, score.Report);
        Assert.True(score.Recall >= 0.409, score.Report);
        // Pronoun floors moved on purpose (issue 15, convention 10, docs/quotes.md): on PolNeAR a hand check of
        // pronoun attributions found 0.84-0.88 precision, below the 0.95 bar, and the rules now leave a pronoun
        // unresolved when its nearest agreeing person is an object not quoted before, or a full name of unknown
        // gender stands nearer. Here that is 10/11 right (was 14/16): one wrong speaker fewer, four right ones
        // fewer. A wrong speaker is worse than none, so precision's floor rises and recall's falls to the new run.
        Assert.True(score.PronounResolved.Precision >= 0.900, score.Breakdown);
        Assert.True(score.PronounResolved.Recall >= 0.370, score.Breakdown);
    }

    private AttributionScore Measure(string file)
    {
        AttributionScore score = AttributionScore.Measure(file, AttributionCorpus.Load(file));
        _output.WriteLine(score.Report);
        return score;
    }
}
