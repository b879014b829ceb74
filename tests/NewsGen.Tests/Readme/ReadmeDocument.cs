using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsGen.Tests.Infrastructure;

namespace NewsGen.Tests.Readme;

/// <summary>
/// README.md's fenced code blocks, read from the file itself, so that a test exercises the text users copy and the
/// two cannot drift apart. A block is named by its section heading, language and position (see
/// <see cref="ReadmeBlock.Key"/>); renaming a heading or reordering blocks fails the tests that read it, loudly.
/// </summary>
internal static class ReadmeDocument
{
    private const string Fence = "```";

    private static readonly string Text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Every fenced block, in README order.</summary>
    public static IReadOnlyList<ReadmeBlock> Blocks { get; } = Read(Text);

    /// <summary>The block under <paramref name="section"/> with that language and position; throws naming what exists when there is none.</summary>
    public static string Block(string section, string language, int ordinal = 0)
    {
        ReadmeBlock? block = Blocks.FirstOrDefault(b => b.Section == section && b.Language == language && b.Ordinal == ordinal);
        return block?.Text ?? throw new InvalidOperationException(
            $"README.md has no {language} block #{ordinal} under '{section}'. Blocks: {string.Join("; ", Blocks.Select(b => b.Key))}");
    }

    /// <summary>The inline code spans (<c>`...`</c>) of a section's prose, outside its fenced blocks, in order.</summary>
    public static IReadOnlyList<string> InlineCode(string section)
    {
        var spans = new List<string>();
        string current = string.Empty;
        bool inBlock = false;
        foreach (string line in Text.Split('\n'))
        {
            if (line.StartsWith(Fence, StringComparison.Ordinal))
            {
                inBlock = !inBlock;
            }
            else if (!inBlock && line.StartsWith('#'))
            {
                current = line.TrimStart('#').Trim();
            }
            else if (!inBlock && current == section)
            {
                spans.Add(line);
            }
        }

        // A span may wrap onto the next line of the paragraph: join the lines before cutting at backticks.
        string[] parts = string.Join(" ", spans).Split('`');
        return parts.Where((_, i) => i % 2 == 1).ToArray();
    }

    /// <summary>Splits a Markdown text into its fenced blocks (the subset README.md uses: ``` fences at line start).</summary>
    public static IReadOnlyList<ReadmeBlock> Read(string markdown)
    {
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<ReadmeBlock>();
        var ordinals = new Dictionary<(string, string), int>();
        string section = string.Empty;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith('#'))
            {
                section = line.TrimStart('#').Trim();
                continue;
            }

            if (!line.StartsWith(Fence, StringComparison.Ordinal))
            {
                continue;
            }

            string language = line.Substring(Fence.Length).Trim();
            int open = i;
            var text = new System.Text.StringBuilder();
            for (i++; i < lines.Length && !lines[i].StartsWith(Fence, StringComparison.Ordinal); i++)
            {
                text.Append(lines[i]).Append('\n');
            }

            if (i == lines.Length)
            {
                throw new InvalidOperationException($"README.md line {open + 1}: a code fence that never closes.");
            }

            ordinals.TryGetValue((section, language), out int ordinal);
            ordinals[(section, language)] = ordinal + 1;
            blocks.Add(new ReadmeBlock(section, language, ordinal, open + 1, text.ToString()));
        }

        return blocks;
    }
}
