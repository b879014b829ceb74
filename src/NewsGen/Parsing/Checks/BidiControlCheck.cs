using System.Collections.Generic;

namespace NewsGen.Parsing.Checks;

/// <summary>
/// NEWS006: the invisible bidirectional controls of "Trojan Source" (CVE-2021-42574): the embeddings and
/// overrides U+202A–U+202E and the isolates U+2066–U+2069. They reorder how the text displays, so what a
/// reviewer reads is not what the program holds. The directional marks U+200E, U+200F and U+061C are allowed:
/// they carry no state past the next character, cannot reorder a span, and legitimately appear around
/// right-to-left names in English copy. This is the set Rust's <c>text_direction_codepoint_in_literal</c> lint
/// and the compilers' Trojan Source advisories use.
/// </summary>
public static class BidiControlCheck
{
    /// <summary>One problem per run of adjacent bidirectional controls.</summary>
    public static IEnumerable<ArticleProblem> Find(string text) => CharacterRuns.Find(text, DiagnosticIds.BidiControl, IsBidiControl);

    /// <summary>True for an embedding, override, isolate or their terminators.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
