namespace NewsGen.Parsing.Quotes;

/// <summary>A person, organisation or described speaker quoted in an article.</summary>
/// <param name="Name">
/// For a person, the canonical name: the full name the article introduced, without titles. For an organisation,
/// its name as written, without "the". For a description, the description ("a spokesman for the utility").
/// </param>
/// <param name="Role">The role the article gives ("White House press secretary"), or null.</param>
/// <param name="Kind">Whether the speaker is a named person, an organisation or a description.</param>
public sealed record ArticleSpeaker(string Name, string? Role, SpeakerKind Kind = SpeakerKind.Person);
