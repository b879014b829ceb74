namespace NewsGen.Tests.Readme;

/// <summary>One fenced code block of README.md, exactly as a reader copies it.</summary>
/// <param name="Section">The heading the block stands under (without the leading <c>#</c>s).</param>
/// <param name="Language">The fence's info string (<c>csharp</c>, <c>xml</c>, <c>sh</c>, ...), empty for a bare fence.</param>
/// <param name="Ordinal">The block's position among the blocks of its section with the same language, from 0.</param>
/// <param name="Line">The 1-based README line of the opening fence, for messages.</param>
/// <param name="Text">The lines between the fences, each ending in '\n'.</param>
internal sealed record ReadmeBlock(string Section, string Language, int Ordinal, int Line, string Text)
{
    /// <summary>How a test and a failure message name the block.</summary>
    public string Key => $"{Section} / {(Language.Length == 0 ? "text" : Language)} #{Ordinal}";
}
