using System;
using System.Collections.Generic;
using System.Threading;

namespace NewsGen.Parsing.Quotes;

/// <summary>Someone the article names: the canonical name, the role it gives, the gender it shows.</summary>
internal sealed class Person
{
    public Person(string name, string surname)
    {
        Name = name;
        Surname = surname;
    }

    public string Name { get; }

    public string Surname { get; }

    public string? Role { get; set; }

    public Gender Gender { get; set; }

    /// <summary>The text shows this is a person (a title, role, known given name) or quotes them.</summary>
    public bool IsPerson { get; set; }

    public bool IsFullName => Name.Length != Surname.Length;
}

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

    private readonly List<Person> _people = new();
    private readonly List<MentionAt> _mentions = new();

    // The first person registered under each name (as the scan in registration order found it).
    private readonly Dictionary<string, Person> _byName = new(StringComparer.Ordinal);

    // Full names by surname: the first, and whether another person shares the surname.
    private readonly Dictionary<string, SurnameEntry> _bySurname = new(StringComparer.Ordinal);

    public PersonRegistry(CancellationToken cancellationToken = default) => Meter = new WorkMeter(cancellationToken);

    /// <summary>The work counter for the article's name reading and attribution.</summary>
    public WorkMeter Meter { get; }

    /// <summary>The person a phrase names, registered when new; null for a one-word mention no introduced name explains and that cannot stand alone.</summary>
    public Person Resolve(NamePhrase phrase)
    {
        Person? person = phrase.NameTokens >= 2 ? FindFull(phrase.Name) : FindBySurname(phrase.Name);
        if (person is null)
        {
            person = new Person(phrase.Name, phrase.NameTokens >= 2 ? phrase.Surname : phrase.Name);
            Add(person);
        }

        person.Role ??= phrase.Role;
        if (person.Gender == Gender.Unknown)
        {
            person.Gender = phrase.Gender;
        }

        person.IsPerson |= phrase.HasPersonEvidence;
        return person;
    }

    /// <summary>The person a one-word name refers to, if the article introduced one with that surname.</summary>
    public Person? FindBySurname(string word)
    {
        Meter.Add(2);
        if (_bySurname.TryGetValue(word, out SurnameEntry entry))
        {
            // Two people sharing a surname: the mention alone cannot tell them apart.
            return entry.Shared ? null : entry.First;
        }

        return _byName.TryGetValue(word, out Person? named) ? named : null;
    }

    /// <summary>True when two introduced people share the surname <paramref name="word"/>: the surname alone names neither.</summary>
    public bool IsAmbiguousSurname(string word)
    {
        Meter.Add(1);
        return _bySurname.TryGetValue(word, out SurnameEntry entry) && entry.Shared;
    }

    public void Mention(Person person, int paragraph, int token)
    {
        Meter.Add(1);
        _mentions.Add(new MentionAt(person, paragraph, token));
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
        int before = MentionsBefore(paragraph, token);
        int stop = Math.Max(0, before - MentionWindow);
        for (int i = before - 1; i >= stop; i--)
        {
            Meter.Add(1);
            MentionAt m = _mentions[i];
            if (!m.Person.IsPerson)
            {
                continue;
            }

            if (m.Paragraph < paragraph - PronounReach)
            {
                break;
            }

            if (m.Person.Gender == gender)
            {
                return unknown is null && !RivalInParagraph(i, stop, gender) ? m.Person : null;
            }

            if (m.Person.Gender == Gender.Unknown)
            {
                severalUnknown |= unknown is not null && !ReferenceEquals(unknown, m.Person);
                unknown ??= m.Person;
            }
        }

        return severalUnknown ? null : unknown;
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

    private Person? FindFull(string name)
    {
        Meter.Add(1);
        return _byName.TryGetValue(name, out Person? person) ? person : null;
    }

    private void Add(Person person)
    {
        Meter.Add(2);
        _people.Add(person);
        if (!_byName.ContainsKey(person.Name))
        {
            _byName.Add(person.Name, person);
        }

        if (person.IsFullName)
        {
            _bySurname[person.Surname] = _bySurname.TryGetValue(person.Surname, out SurnameEntry entry)
                ? new SurnameEntry(entry.First, shared: true)
                : new SurnameEntry(person, shared: false);
        }
    }

    private readonly struct SurnameEntry
    {
        public SurnameEntry(Person first, bool shared)
        {
            First = first;
            Shared = shared;
        }

        public Person First { get; }

        public bool Shared { get; }
    }

    private readonly struct MentionAt
    {
        public MentionAt(Person person, int paragraph, int token)
        {
            Person = person;
            Paragraph = paragraph;
            Token = token;
        }

        public Person Person { get; }

        public int Paragraph { get; }

        public int Token { get; }
    }
}
