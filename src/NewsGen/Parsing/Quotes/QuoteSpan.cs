namespace NewsGen.Parsing.Quotes;

/// <summary>A quotation as the scanner found it: where its marks stand. Mutable only while scanning.</summary>
internal sealed class QuoteSpan
{
    public QuoteSpan(int paragraph, int markOffset, char mark, QuoteSpan? enclosing)
    {
        Paragraph = paragraph;
        MarkOffset = markOffset;
        Mark = mark;
        Enclosing = enclosing;
    }

    public int Paragraph { get; }

    // Mark widths are 0 to 2 characters: bytes, so that the widths and the flag below fit the object's padding.
    private byte _openWidth = 1;
    private byte _closeWidth = 1;

    /// <summary>Characters of the opening mark: 1, or 2 for archive copy's <c>''</c> (convention 11).</summary>
    public int OpenWidth
    {
        get => _openWidth;
        init => _openWidth = (byte)value;
    }

    /// <summary>Characters of the closing mark (0 for a block-quoted excerpt closed by its paragraph's end, convention 11).</summary>
    public int CloseWidth => _closeWidth;

    /// <summary>Offset of the quoted text's first character in <see cref="Paragraph"/>.</summary>
    public int TextOffset => MarkOffset + OpenWidth;

    /// <summary>A curly quotation was opened inside this straight-quoted one (convention 11: an excerpt reprinted in straight marks).</summary>
    public bool HoldsCurly { get; set; }

    /// <summary>Offset of the opening mark; the text starts one after it.</summary>
    public int MarkOffset { get; }

    public char Mark { get; }

    public MarkFamily Family => QuoteMarks.Family(Mark);

    public QuoteSpan? Enclosing { get; }

    public int EndParagraph { get; private set; }

    /// <summary>Offset of the closing mark in <see cref="EndParagraph"/>.</summary>
    public int EndOffset { get; private set; }

    /// <summary>Paragraph of the last opening mark: the first one, or the mark that reopened a run-on quotation.</summary>
    public int LastOpeningParagraph { get; private set; } = -1;

    /// <summary>Offset of the last opening mark in <see cref="LastOpeningParagraph"/>.</summary>
    public int LastOpeningOffset { get; private set; }

    /// <summary>The quotation runs on: the paragraph <paramref name="paragraph"/> reopens it with the mark at <paramref name="offset"/>.</summary>
    public void Reopen(int paragraph, int offset)
    {
        LastOpeningParagraph = paragraph;
        LastOpeningOffset = offset;
    }

    public void Close(int paragraph, int offset, int width = 1)
    {
        EndParagraph = paragraph;
        EndOffset = offset;
        _closeWidth = (byte)width;
    }
}
