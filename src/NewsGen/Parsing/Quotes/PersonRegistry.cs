using System;
using System.Collections.Generic;
using System.Threading;

namespace NewsGen.Parsing.Quotes;

/// <summary>
/// The people an article names, and where it mentions them. Canonicalisation: a full name is introduced once
/// and later mentions use the surname, so a one-word mention resolves to the full name it shares a surname
/// with. Pronouns: "he"/"she" refers back to the most recent person of that gender.
/// </summary>
/// <remarks>
/// Linear in the text (issue 18): names and surnames are looked up in dictionaries, never by scanning everyone
/// named so far, and the look-backs over mentions are bounded by <see cref="MentionWindow"/>. Every probe and
/// every mention visited is counted on <see cref="Meter"/>, which also observes cancellation.
/// </remarks>
internal sealed class PersonRegistry
{
    // How many paragraphs back a pronoun may reach: wire copy re-names people rather than chain pronouns further.
    private const int PronounReach = 2;

    /// <summary>
    /// How many mentions a pronoun or a job reference ("the spokeswoman said") looks back over, at most. Real copy
    /// stays far below it (the most in the real corpora is measured in docs/performance.md, "Worst-case input"):
    /// it only stops a paragraph of thousands of names from making every look-back read all of them.
    /// </summary>
    internal const int MentionWindow = 256;

    // How many paragraphs back the last speaker stays a pronoun's candidate (convention 10).
    private const int SpeakerReach = 4;

    private readonly List<Person> _people = new();
    private Person? _lastSpeaker;
    private int _lastSpeakerParagraph;
    private int _lastSpeakerToken;
    private readonly List<MentionAt> _mentions = new();

    // The first person registered under each name (as the scan in registration order found it).
    private readonly Dictionary<string, Person> _byName = new(StringComparer.Ordinal);

    // Organisations and descriptions that speak, by kind and name.
    private readonly Dictionary<string, Person> _nonPersons = new(StringComparer.Ordinal);

    // Full names by given name and surname, middle names and initials left out (convention 2).
    private readonly Dictionary<string, Person> _byGivenAndSurname = new(StringComparer.Ordinal);

    // Full names by surname: the first, and whether another person shares the surname.
    private readonly Dictionary<string, SurnameEntry> _bySurname = new(StringComparer.Ordinal);

    public PersonRegistry(CancellationToken cancellationToken = default) => Meter = new WorkMeter(cancellationToken);

    /// <summary>The work counter for the article's name reading and attribution.</summary>
    public WorkMeter Meter { get; }

    /// <summary>
    /// The person a phrase at (<paramref name="paragraph"/>, <paramref name="token"/>) names, registered when new.
    /// A one-word mention of a surname two people share is the one of them mentioned last before it (convention 2).
    /// </summary>
    public Person Resolve(NamePhrase phrase, int paragraph, int token)
    {
        Person? person = phrase.NameTokens >= 2 ? FindFull(phrase.Name, phrase.Surname) : FindBySurname(phrase.Name, paragraph, token, phrase.Gender);
        if (person is null && phrase.NameTokens == 1 && IsAmbiguousSurname(phrase.Name))
        {
            // Shared, and neither of them mentioned within reach: the first one stands for the name, as before,
            // rather than a third person made of the surname alone.
            person = _bySurname[phrase.Name].First;
        }

        if (person is null)
        {
            person = new Person(phrase.Name, phrase.NameTokens >= 2 ? phrase.Surname : phrase.Name);
            Add(person, paragraph);
        }

        person.Role ??= phrase.Role;
        if (person.Gender == Gender.Unknown)
        {
            person.Gender = phrase.Gender;
        }

        person.IsPerson |= phrase.HasPersonEvidence;
        return person;
    }

    /// <summary>
    /// The person a one-word name at (<paramref name="paragraph"/>, <paramref name="token"/>) refers to, if the
    /// article introduced one with that surname. Convention 2 (namesakes): when two people share the surname, it
    /// is the one whose mention came last before it, of a gender that agrees with <paramref name="gender"/>
    /// ("Mrs. Clinton" after "Bill Clinton" is Hillary); null when neither is mentioned within
    /// <see cref="MentionWindow"/> mentions, or when another agreeing namesake is mentioned in that same paragraph.
    /// </summary>
    public Person? FindBySurname(string word, int paragraph, int token, Gender gender = Gender.Unknown)
    {
        Meter.Add(2);
        if (_bySurname.TryGetValue(word, out SurnameEntry entry))
        {
            return entry.Shared ? LastMentionedWithSurname(word, paragraph, token, gender) : entry.First;
        }

        return _byName.TryGetValue(word, out Person? named) ? named : null;
    }

    private Person? LastMentionedWithSurname(string surname, int paragraph, int token, Gender gender)
    {
        int before = MentionsBefore(paragraph, token);
        for (int i = before - 1; i >= Math.Max(0, before - MentionWindow); i--)
        {
            Meter.Add(1);
            Person p = _mentions[i].Person;
            if (IsCompatible(p, surname, gender))
            {
                // "Ivanka Marsden and her father, George Marsden, spoke. "…," Marsden said.": both in one paragraph,
                // the last one is not clearly the one meant.
                for (int j = i - 1; j >= Math.Max(0, before - MentionWindow) && _mentions[j].Paragraph == _mentions[i].Paragraph; j--)
                {
                    Meter.Add(1);
                    if (!ReferenceEquals(_mentions[j].Person, p) && IsCompatible(_mentions[j].Person, surname, gender))
                    {
                        return ArticleSubject(surname, gender);
                    }
                }

                return p;
            }
        }

        return null;
    }

    /// <summary>
    /// Convention 2 (namesakes), when the last mention cannot tell them apart ("Clinton and her husband, former
    /// President Bill Clinton, attended"): the namesake the article introduced paragraphs before any other is its
    /// subject, and copy keeps the relative's given name on every mention ("Bill Clinton") so that the bare surname
    /// means the subject. Namesakes introduced in one paragraph have no subject among them: null.
    /// </summary>
    private Person? ArticleSubject(string surname, Gender gender)
    {
        SurnameEntry entry = _bySurname[surname];
        return entry.FirstParagraph < entry.NextParagraph && IsCompatible(entry.First, surname, gender) ? entry.First : null;
    }

    private static bool IsCompatible(Person p, string surname, Gender gender) =>
        p.IsFullName && string.Equals(p.Surname, surname, StringComparison.Ordinal)
        && (gender == Gender.Unknown || p.Gender == Gender.Unknown || p.Gender == gender);

    /// <summary>
    /// The organisation or description speaker <paramref name="name"/> (convention 9), one per distinct name and
    /// kind, kept apart from the people: it never resolves a surname or a pronoun.
    /// </summary>
    public Person NonPerson(string name, SpeakerKind kind)
    {
        Meter.Add(1);
        string key = (kind == SpeakerKind.Organization ? "o:" : "d:") + name;
        if (!_nonPersons.TryGetValue(key, out Person? speaker))
        {
            speaker = new Person(name, name) { Kind = kind };
            _nonPersons.Add(key, speaker);
        }

        return speaker;
    }

    /// <summary>True when two introduced people share the surname <paramref name="word"/>: the surname alone names neither.</summary>
    public bool IsAmbiguousSurname(string word)
    {
        Meter.Add(1);
        return _bySurname.TryGetValue(word, out SurnameEntry entry) && entry.Shared;
    }

    /// <summary>Records a mention of <paramref name="person"/>; <paramref name="subject"/> when it stands where a subject stands (convention 10).</summary>
    public void Mention(Person person, int paragraph, int token, bool subject = true)
    {
        Meter.Add(1);
        _mentions.Add(new MentionAt(person, paragraph, token, subject));
    }

    /// <summary>
    /// The person "he" or "she" at (<paramref name="paragraph"/>, <paramref name="token"/>) refers to: the most
    /// recent person mentioned before it whose gender agrees. Null when a person of unknown gender comes
    /// first (the text is ambiguous to this reader), or when nobody agrees within reach.
    /// </summary>
    public Person? ResolvePronoun(Gender gender, int paragraph, int token)
    {
        Person? unknown = null;
        bool severalUnknown = false;
        bool unknownSubject = false;
        int before = MentionsBefore(paragraph, token);
        int stop = Math.Max(0, before - MentionWindow);
        for (int i = before - 1; i >= stop; i--)
        {
            Meter.Add(1);
            MentionAt m = _mentions[i];
            // "Zeynep Akar told CNN …. "…," she said.": a full name standing as a subject is someone, of a gender
            // the name does not show, even before anything else shows it is a person.
            if (!m.Person.IsPerson && !(m.Subject && m.Person.IsFullName && m.Person.Kind == SpeakerKind.Person && m.Paragraph >= paragraph - PronounReach))
            {
                continue;
            }

            if (m.Paragraph < paragraph - PronounReach)
            {
                break;
            }

            if (m.Person.Gender == gender)
            {
                // A nearer person of unknown gender may be the one meant ("Jolly said … “…,” he said"): no answer.
                if (unknown is not null)
                {
                    return null;
                }

                if (RivalInParagraph(i, stop, gender))
                {
                    return LastSpeakerIfClear(gender, paragraph, token);
                }

                // An object ("He called Ryan weak"), not a subject, and not someone quoted before: not clearly meant.
                if (!m.Subject && !m.Person.HasSpoken)
                {
                    return null;
                }

                return SpeakerDisagrees(m.Person, gender, paragraph) ? null : m.Person;
            }

            if (m.Person.Gender == Gender.Unknown)
            {
                severalUnknown |= unknown is not null && !ReferenceEquals(unknown, m.Person);
                unknownSubject |= ReferenceEquals(unknown ?? m.Person, m.Person) && m.Subject;
                unknown ??= m.Person;
            }
        }

        if (unknown is null)
        {
            return LastSpeakerIfClear(gender, paragraph, token);
        }

        // The one person of unknown gender within reach ("Oskar Nyberg … he said") is the antecedent when the text
        // shows they are a person and they stood as a subject or were quoted; a name only blocks otherwise.
        return !severalUnknown && unknown.IsPerson && (unknownSubject || unknown.HasSpoken) ? unknown : null;
    }

    /// <summary>
    /// Convention 10, precision: "Trump … "…," he said. He called Ryan "weak." "It feels so good," he told donors."
    /// The nearest agreeing person (Ryan) is not clearly the one meant while the last quote's speaker, of the same
    /// gender and within <see cref="PronounReach"/> paragraphs, is someone else: copy goes on with the speaker as
    /// often as it turns to the person just named, so the pronoun is left unresolved.
    /// </summary>
    private bool SpeakerDisagrees(Person nearest, Gender gender, int paragraph) =>
        _lastSpeaker is { Kind: SpeakerKind.Person } speaker && !ReferenceEquals(speaker, nearest) && speaker.Gender == gender
        && _lastSpeakerParagraph >= paragraph - PronounReach;

    private static Gender Opposite(Gender gender) => gender == Gender.Male ? Gender.Female : gender == Gender.Female ? Gender.Male : Gender.Unknown;

    /// <summary>Records the speaker of the quote just attributed, ending at (<paramref name="paragraph"/>, <paramref name="token"/>): the pronoun fallback's candidate.</summary>
    public void Spoke(Person speaker, int paragraph, int token)
    {
        Meter.Add(1);
        speaker.HasSpoken = true;
        _lastSpeaker = speaker;
        _lastSpeakerParagraph = paragraph;
        _lastSpeakerToken = token;
    }

    /// <summary>
    /// Convention 10: "“…,” Okafor said. [two paragraphs of background] “…,” he added." When the nearest
    /// agreeing person is out of reach or has a same-gender rival in their paragraph, the speaker of the last
    /// quote, if the pronoun agrees with them, is the one clear candidate provided nobody else of that gender or
    /// of unknown gender is mentioned since (a nearer "Jolly said", gender unknown, may be the one meant). It
    /// reaches <see cref="SpeakerReach"/> paragraphs back.
    /// </summary>
    private Person? LastSpeakerIfClear(Gender gender, int paragraph, int token)
    {
        if (_lastSpeaker is not { Kind: SpeakerKind.Person } speaker || speaker.Gender != gender || _lastSpeakerParagraph < paragraph - SpeakerReach)
        {
            return null;
        }

        int from = MentionsBefore(_lastSpeakerParagraph, _lastSpeakerToken);
        int to = MentionsBefore(paragraph, token);
        for (int i = Math.Max(from, to - MentionWindow); i < to; i++)
        {
            Meter.Add(1);
            Person other = _mentions[i].Person;
            if (other.IsPerson && other.Gender != Opposite(gender) && !ReferenceEquals(other, speaker))
            {
                return null;
            }
        }

        return speaker;
    }

    /// <summary>
    /// The person a job-only reference before (<paramref name="paragraph"/>, <paramref name="token"/>) means:
    /// "Maria Lindgren, a spokeswoman for the sheriff's office, said … "…," the spokeswoman said." The one person
    /// mentioned earlier whose role contains <paramref name="job"/> as whole words; null when none or several do.
    /// </summary>
    public Person? ResolveRole(string job, int paragraph, int token)
    {
        Person? found = null;
        int before = MentionsBefore(paragraph, token);
        for (int i = Math.Max(0, before - MentionWindow); i < before; i++)
        {
            Meter.Add(1);
            MentionAt m = _mentions[i];
            if (ReferenceEquals(found, m.Person) || !m.Person.IsPerson || m.Person.Role is not { } role)
            {
                continue;
            }

            Meter.Add(1 + (role.Length >> 4));
            if (!ContainsWords(role, job))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = m.Person;
        }

        return found;
    }

    private static bool ContainsWords(string text, string words)
    {
        for (int at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + words.Length;
            bool startsWord = at == 0 || !char.IsLetter(text[at - 1]);
            bool endsWord = end == text.Length || !char.IsLetter(text[end]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Alex Kowalski met Sam Brennan. "…," he said.": another person of the same gender in the same paragraph makes "he" ambiguous.</summary>
    private bool RivalInParagraph(int mention, int stop, Gender gender)
    {
        MentionAt found = _mentions[mention];
        for (int i = mention - 1; i >= stop && _mentions[i].Paragraph == found.Paragraph; i--)
        {
            Meter.Add(1);
            Person other = _mentions[i].Person;
            if (other.IsPerson && other.Gender == gender && !ReferenceEquals(other, found.Person))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many mentions come before (<paramref name="paragraph"/>, <paramref name="token"/>). Mentions are
    /// registered in text order (paragraph, then token), so this is a binary search.
    /// </summary>
    private int MentionsBefore(int paragraph, int token)
    {
        int lo = 0;
        int hi = _mentions.Count;
        while (lo < hi)
        {
            Meter.Add(1);
            int mid = (lo + hi) >>> 1;
            MentionAt m = _mentions[mid];
            if (m.Paragraph < paragraph || (m.Paragraph == paragraph && m.Token < token))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The person a full name names. Convention 2 (one person written two ways): "Mary Ortiz" is the "Mary K.
    /// Ortiz" introduced before, and the other way round: the given name and the surname decide, a middle initial
    /// does not.
    /// </summary>
    private Person? FindFull(string name, string surname)
    {
        Meter.Add(2);
        if (_byName.TryGetValue(name, out Person? person))
        {
            return person;
        }

        return _byGivenAndSurname.TryGetValue(GivenAndSurname(name, surname), out person) ? person : null;
    }

    private static string GivenAndSurname(string name, string surname)
    {
        int space = name.IndexOf(' ');
        return space < 0 ? name : name.Substring(0, space) + " " + surname;
    }

    private void Add(Person person, int paragraph)
    {
        Meter.Add(2);
        _people.Add(person);
        if (!_byName.ContainsKey(person.Name))
        {
            _byName.Add(person.Name, person);
        }

        if (person.IsFullName)
        {
            string key = GivenAndSurname(person.Name, person.Surname);
            if (!_byGivenAndSurname.ContainsKey(key))
            {
                _byGivenAndSurname.Add(key, person);
            }

            _bySurname[person.Surname] = _bySurname.TryGetValue(person.Surname, out SurnameEntry entry)
                ? new SurnameEntry(entry.First, entry.FirstParagraph, entry.Shared ? entry.NextParagraph : paragraph)
                : new SurnameEntry(person, paragraph, NoParagraph);
        }
    }

    // The next namesake's paragraph while nobody shares the surname.
    private const int NoParagraph = int.MaxValue;

    private readonly struct SurnameEntry
    {
        public SurnameEntry(Person first, int firstParagraph, int nextParagraph)
        {
            First = first;
            FirstParagraph = firstParagraph;
            NextParagraph = nextParagraph;
        }

        public Person First { get; }

        /// <summary>The paragraph that introduced <see cref="First"/>.</summary>
        public int FirstParagraph { get; }

        /// <summary>The paragraph that introduced the second person with the surname (<see cref="NoParagraph"/> while none).</summary>
        public int NextParagraph { get; }

        public bool Shared => NextParagraph != NoParagraph;
    }

    private readonly struct MentionAt
    {
        // The token index and the subject flag share one field, so that a mention stays 16 bytes: an article of
        // many names keeps one per name (issue 18's allocation figures, docs/quotes.md "Cost").
        private readonly int _tokenAndSubject;

        public MentionAt(Person person, int paragraph, int token, bool subject)
        {
            Person = person;
            Paragraph = paragraph;
            _tokenAndSubject = (token << 1) | (subject ? 1 : 0);
        }

        /// <summary>The mention stands where a subject stands (convention 10).</summary>
        public bool Subject => (_tokenAndSubject & 1) != 0;

        public Person Person { get; }

        public int Paragraph { get; }

        public int Token => _tokenAndSubject >> 1;
    }
}
