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

    /// <summary>A quote before the one being attributed is this person's (a pronoun's antecedent need not be a subject then).</summary>
    public bool HasSpoken { get; set; }

    /// <summary>A named person, or an organisation or description that speaks (never a pronoun's antecedent).</summary>
    public SpeakerKind Kind { get; init; }
}
