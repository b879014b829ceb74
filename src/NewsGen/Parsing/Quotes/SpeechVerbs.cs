using System;
using System.Collections.Generic;

namespace NewsGen.Parsing.Quotes;

/// <summary>Verbs that report speech in news writing, in all the forms the rules read.</summary>
internal static class SpeechVerbs
{
    private static readonly Dictionary<string, VerbUse> Verbs = Build();

    // Verbs that take the speaker after them in inverted attribution: "…," said Smith.
    private static readonly HashSet<string> Invertible = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "asked", "asks", "continued", "continues", "wrote", "writes", "explained",
        "replied", "responded", "answered", "insisted", "noted", "recalled", "warned", "tweeted", "declared", "argued",
        "observed", "remarked", "conceded", "admitted", "acknowledged", "countered", "cautioned", "told",

        // Convention 4: the manner verbs of the reference lists invert too: "…," concluded Blackwell.
        "concluded", "concludes", "notes", "demanded", "lamented", "retorted", "reiterated", "shouted", "quipped",
        "gushed", "beamed", "mused", "pleaded", "stressed", "exclaimed", "whispered", "yelled", "screamed", "sang",
        "implored", "boasted", "joked", "scoffed", "fumed", "predicted", "recounted", "asserted", "explains", "adds",
    };

    /// <summary>How <paramref name="word"/> reports speech. Verbs are lower case in running text: "States" or "Post" is a name.</summary>
    public static VerbUse Use(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && Verbs.TryGetValue(word, out VerbUse use) ? use : VerbUse.None;

    public static bool IsInvertible(string word) => Invertible.Contains(word);

    /// <summary>
    /// How the token at <paramref name="i"/> reports speech, reading the phrasal verbs of retort as well:
    /// <c>"Name one project," Pratt shot back.</c> ("shot", "fired", "hit" report speech only before "back").
    /// </summary>
    public static VerbUse UseAt(IReadOnlyList<Token> tokens, int i)
    {
        string word = tokens[i].Text;
        // Convention 4: "as Ortiz put it", "Ortiz put it this way:" — "put" reports speech only with "it" after it.
        if (word == "put")
        {
            return i + 1 < tokens.Count && tokens[i + 1].Text == "it" ? VerbUse.AdjacentSpeech : VerbUse.None;
        }

        if (word is "shot" or "fired" or "hit" or "snapped" or "pushed")
        {
            return i + 1 < tokens.Count && tokens[i + 1].Text == "back" ? VerbUse.AdjacentSpeech : VerbUse.None;
        }

        return Use(word);
    }

    /// <summary>
    /// Convention: a verb's plain form after a determiner is a noun ("in a tweet", "on a conference call", "a
    /// reply"), and a past form after a preposition and a determined noun modifies that noun ("in a statement
    /// posted to Instagram", "in a letter sent to staff"). Neither is the verb of the sentence.
    /// </summary>
    public static bool IsNotTheSentenceVerb(IReadOnlyList<Token> tokens, int i)
    {
        string word = tokens[i].Text;
        bool plain = !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("s", StringComparison.Ordinal)
            && !IsParticiple(word) && word is not ("said" or "told" or "wrote");
        if (plain && (IsDeterminer(tokens, i - 1) || (i >= 2 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && IsDeterminer(tokens, i - 2))))
        {
            return true;
        }

        return word.EndsWith("ed", StringComparison.Ordinal) && i >= 3 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized
            && IsDeterminer(tokens, i - 2) && tokens[i - 3].Text is "in" or "on" or "with" or "via" or "through" or "from" or "into";
    }

    private static bool IsDeterminer(IReadOnlyList<Token> tokens, int i) =>
        i >= 0 && tokens[i].Text is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "our" or "my" or "your" or "this";

    /// <summary>-ing forms take the subject of their sentence: "Sanders echoed the point, saying, "…"".</summary>
    /// <summary>Convention 4: "likened the plan to a "circus"" — the verbs of comparison take their quotation after "to", the others after "as".</summary>
    public static string CharacterizingPreposition(string word) => word.StartsWith("liken", StringComparison.OrdinalIgnoreCase) ? "to" : "as";

    public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, VerbUse> Build()
    {
        var verbs = new Dictionary<string, VerbUse>(StringComparer.OrdinalIgnoreCase);
        Add(verbs, VerbUse.Speech,
            "say said says saying", "tell told tells telling", "tweet tweeted tweeting", "write wrote writes writing",
            "add added adds adding", "ask asked asks asking", "explain explained explains explaining",
            "insist insisted insists insisting", "argue argued argues arguing", "claim claimed claiming",
            "declare declared declares declaring", "stated", "warn warned warns",
            "acknowledge acknowledged acknowledges acknowledging", "admit admitted admits admitting",
            "recall recalled recalls recalling", "reply replied replies replying", "respond responded responds responding",
            "answered", "announce announced announces announcing",
            "commented", "remarked",
            "complain complained complains complaining", "concede conceded concedes conceding",
            "predict predicted predicts predicting", "boast boasted boasts boasting", "joke joked jokes joking",
            "testify testified testifies testifying", "vowed vowing", "promised",
            "urge urged urges urging", "exclaim exclaimed exclaims exclaiming", "shout shouted shouts shouting",
            "confirm confirmed confirms confirming", "deny denied denies denying", "posted",
            "suggest suggested suggests suggesting", "contend contended contends contending",
            "maintain maintained maintains maintaining", "countered",
            "caution cautioned cautions cautioning", "observe observed observes observing", "noted",
            "recount recounted recounts recounting", "reiterate reiterated reiterates reiterating",
            "stressed", "emphasise emphasised emphasises emphasising",
            "emphasize emphasized emphasizes emphasizing", "assert asserted asserts asserting",

            // Issue 15, convention 4 (docs/quotes.md): the rest of the reporting verbs of English grammar references'
            // lists (the "say" and "tell" patterns: advise, agree, announce, complain, confirm, declare, mention,
            // promise, propose, suggest, warn; and the wider C1 catalogues: accuse, allege, conclude, demand,
            // implore, lament, note, reiterate, retort, reveal, ...). Only the past and -ing forms are added here:
            // the plain form of most of them is also a noun ("demand was softer", "a promise", "in protest"), and
            // the -s forms are added below as adjacent-only. Verbs of thinking (believe, think, feel) are not speech.
            "concluded concluding", "noting", "demanded demanding", "implored imploring", "pleaded pleading",
            "begged begging", "lamented lamenting", "alleged alleging", "accused accusing", "retorted retorting",
            "revealed revealing", "mentioned mentioning", "vowed", "pledged pledging", "mused musing",
            "scoffed scoffing", "fumed fuming", "railed railing", "gushed gushing", "sang singing", "yelled yelling",
            "screamed screaming", "whispered whispering", "cried", "proclaimed proclaiming", "affirmed affirming",
            "advised advising", "informed informing", "assured assuring", "reminded reminding", "reported",
            "protested protesting", "objected", "proposed proposing", "countering", "stressing", "commenting",
            "remarking", "answering", "agreed agreeing", "apologized apologizing", "apologised apologising",
            "threatened threatening", "swore swearing", "chided chiding", "scolded scolding", "bemoaned bemoaning",
            "grumbled grumbling", "marveled marvelled", "recalled", "testifies");
        Add(verbs, VerbUse.AdjacentSpeech, "continue continued continues continuing", "quip quipped", "laugh laughed", "sigh sighed",

            // Convention 4: forms that are also common nouns ("the reports", "his remarks", "in protest") report speech
            // only right next to the quotation: "The Daily Ledger reports: "…"", ""…," she remarks."
            "report reports", "remarks", "comments", "notes", "answers", "counters", "stresses", "states", "protests",
            "objects", "posts", "tweets", "cries", "sings", "rails", "fumes", "marvels", "beamed beams", "concludes",
            "demands", "implores", "pleads", "begs", "laments", "alleges", "accuses", "retorts", "reveals", "mentions",
            "vows", "pledges", "promises", "muses", "scoffs", "gushes", "yells", "screams", "whispers", "proclaims",
            "affirms", "advises", "informs", "assures", "reminds", "proposes", "agrees", "threatens", "swears",
            "scolds", "bemoans", "grumbles");
        Add(verbs, VerbUse.Naming, "call called calls calling", "dub dubbed dubs dubbing", "label labeled labelled labels labeling labelling",
            "brand branded brands branding", "termed", "nickname nicknamed");
        Add(verbs, VerbUse.Characterizing, "describe described describes describing", "dismiss dismissed dismisses dismissing",
            "deride derided derides deriding", "characterize characterized characterizes characterizing",
            "characterise characterised characterises characterising", "denounce denounced denounces denouncing",
            "slam slammed slams slamming", "blast blasted blasts blasting", "condemn condemned condemns condemning",
            "praise praised praises praising", "hail hailed hails hailing", "refer referred refers referring",
            "liken likened likens likening");
        return verbs;
    }

    private static void Add(Dictionary<string, VerbUse> verbs, VerbUse use, params string[] groups)
    {
        foreach (string group in groups)
        {
            foreach (string form in group.Split(' '))
            {
                verbs[form] = use;
            }
        }
    }
}
