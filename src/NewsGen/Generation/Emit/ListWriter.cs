using System.Collections.Generic;

namespace NewsGen.Generation.Emit;

/// <summary>
/// Writes a read-only list struct with a struct enumerator: <c>foreach</c> binds to the public
/// <c>GetEnumerator()</c> and allocates nothing, while the explicit <c>IReadOnlyList&lt;T&gt;</c>
/// implementation keeps LINQ and other interface-based code working.
/// </summary>
internal static class ListWriter
{
    public static void Write(SourceWriter w, ListShape list)
    {
        string collections = "global::System.Collections.";
        string name = list.Name;
        string item = list.Item;
        w.Line("/// <summary>" + list.Summary + "</summary>");
        Preamble.WriteGeneratedCode(w);
        w.Open("public readonly struct " + name + " : " + collections + "Generic.IReadOnlyList<" + item + ">");
        WriteFieldsAndConstructor(w, list);
        w.Line("/// <summary>The number of items.</summary>");
        w.Line("public int Count => " + list.Count + ";");
        w.Line();
        w.Line("/// <summary>The item at <paramref name=\"index\"/> (0-based).</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"index\"/> is negative or not less than <see cref=\"Count\"/>.</exception>");
        w.Line("public " + item + " this[int index] => (uint)index < (uint)Count ? " + list.ItemAt + " : throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Line();
        w.Line("/// <summary>Returns a struct enumerator; <c>foreach</c> uses it without allocating.</summary>");
        w.Line("public Enumerator GetEnumerator() => new Enumerator(this);");
        w.Line();
        w.Line(collections + "Generic.IEnumerator<" + item + "> " + collections + "Generic.IEnumerable<" + item + ">.GetEnumerator() => GetEnumerator();");
        w.Line();
        w.Line(collections + "IEnumerator " + collections + "IEnumerable.GetEnumerator() => GetEnumerator();");
        w.Line();
        w.Line("/// <summary>Enumerates the items in order without allocating.</summary>");
        w.Open("public struct Enumerator : " + collections + "Generic.IEnumerator<" + item + ">");
        w.Line("private readonly " + name + " _list;");
        w.Line("private int _index;");
        w.Line();
        w.Open("internal Enumerator(" + name + " list)");
        w.Line("_list = list;");
        w.Line("_index = -1;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The item at the enumerator's position.</summary>");
        w.Line("public " + item + " Current => _list[_index];");
        w.Line();
        w.Line("object " + collections + "IEnumerator.Current => Current;");
        w.Line();
        w.Line("/// <summary>Moves to the next item; false after the last.</summary>");
        w.Line("public bool MoveNext() => ++_index < _list.Count;");
        w.Line();
        w.Line("/// <summary>Moves back before the first item.</summary>");
        w.Line("public void Reset() => _index = -1;");
        w.Line();
        w.Line("/// <summary>Does nothing: the enumerator holds no resources.</summary>");
        w.Line("public void Dispose()");
        w.Line("{");
        w.Line("}");
        w.Close();
        w.Close();
    }
    // The fields, then the internal constructor that sets each from the parameter of its name: one statement as an
    // expression body, several as a block.
    private static void WriteFieldsAndConstructor(SourceWriter w, ListShape list)
    {
        var parameters = new List<string>();
        foreach (ListField field in list.Fields)
        {
            w.Line("private readonly " + field.Type + " " + field.Field + ";");
            parameters.Add(field.Type + " " + field.Name);
        }

        w.Line();
        string signature = "internal " + list.Name + "(" + string.Join(", ", parameters) + ")";
        if (list.Fields.Count == 1)
        {
            w.Line(signature + " => " + list.Fields[0].Field + " = " + list.Fields[0].Name + ";");
        }
        else
        {
            w.Open(signature);
            foreach (ListField field in list.Fields)
            {
                w.Line(field.Field + " = " + field.Name + ";");
            }

            w.Close();
        }

        w.Line();
    }
}
