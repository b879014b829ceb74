using System;
using System.Collections.Generic;

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
internal sealed class PersonRegistry
{
    // How many paragraphs back a pronoun may reach: wire copy re-names people rather than chain pronouns further.
    private const int PronounReach = 2;

    private readonly List<Person> _people = new();
    private readonly List<MentionAt> _mentions = new();

    /// <summary>The person a phrase names, registered when new; null for a one-word mention no introduced name explains and that cannot stand alone.</summary>
    public Person Resolve(NamePhrase phrase)
    {
        Person? person = phrase.NameTokens >= 2 ? FindFull(phrase.Name) : FindBySurname(phrase.Name);
        if (person is null)
        {
            person = new Person(phrase.Name, phrase.NameTokens >= 2 ? phrase.Surname : phrase.Name);
            _people.Add(person);
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
        Person? found = null;
        foreach (Person person in _people)
        {
            if (person.IsFullName && string.Equals(person.Surname, word, StringComparison.Ordinal))
            {
                // Two people sharing a surname: the mention alone cannot tell them apart.
                if (found is not null && !ReferenceEquals(found, person))
                {
                    return null;
                }

                found = person;
            }
        }

        if (found is not null)
        {
            return found;
        }

        foreach (Person person in _people)
        {
            if (string.Equals(person.Name, word, StringComparison.Ordinal))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>True when two introduced people share the surname <paramref name="word"/>: the surname alone names neither.</summary>
    public bool IsAmbiguousSurname(string word)
    {
        Person? found = null;
        foreach (Person person in _people)
        {
            if (person.IsFullName && string.Equals(person.Surname, word, StringComparison.Ordinal))
            {
                if (found is not null && !ReferenceEquals(found, person))
                {
                    return true;
                }

                found = person;
            }
        }

        return false;
    }

    public void Mention(Person person, int paragraph, int token) => _mentions.Add(new MentionAt(person, paragraph, token));

    /// <summary>
    /// The person "he" or "she" at (<paramref name="paragraph"/>, <paramref name="token"/>) refers to: the most
    /// recent person mentioned before it whose gender agrees. Null when a person of unknown gender comes
    /// first (the text is ambiguous to this reader), or when nobody agrees within reach.
    /// </summary>
    public Person? ResolvePronoun(Gender gender, int paragraph, int token)
    {
        Person? unknown = null;
        bool severalUnknown = false;
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            MentionAt m = _mentions[i];
            if (m.Paragraph > paragraph || (m.Paragraph == paragraph && m.Token >= token) || !m.Person.IsPerson)
            {
                continue;
            }

            if (m.Paragraph < paragraph - PronounReach)
            {
                break;
            }

            if (m.Person.Gender == gender)
            {
                return unknown is null && !RivalInParagraph(i, gender) ? m.Person : null;
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
        foreach (MentionAt m in _mentions)
        {
            if (m.Paragraph > paragraph || (m.Paragraph == paragraph && m.Token >= token))
            {
                break;
            }

            if (!m.Person.IsPerson || m.Person.Role is not { } role || !ContainsWords(role, job) || ReferenceEquals(found, m.Person))
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
    private bool RivalInParagraph(int mention, Gender gender)
    {
        MentionAt found = _mentions[mention];
        for (int i = mention - 1; i >= 0 && _mentions[i].Paragraph == found.Paragraph; i--)
        {
            Person other = _mentions[i].Person;
            if (other.IsPerson && other.Gender == gender && !ReferenceEquals(other, found.Person))
            {
                return true;
            }
        }

        return false;
    }

    private Person? FindFull(string name)
    {
        foreach (Person person in _people)
        {
            if (string.Equals(person.Name, name, StringComparison.Ordinal))
            {
                return person;
            }
        }

        return null;
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
