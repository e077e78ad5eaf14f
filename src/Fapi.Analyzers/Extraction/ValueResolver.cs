using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>One element of a configured collection; <see cref="IsInline"/> when it is written at the configuration itself.</summary>
internal readonly struct ElementValue
{
    public ElementValue(IOperation operation, object? value, bool isInline)
    {
        Operation = operation;
        Value = value;
        IsInline = isInline;
    }

    public IOperation Operation { get; }
    public object? Value { get; }
    public bool IsInline { get; }
}

/// <summary>
/// Turns an operation into the value it certainly has: literals, constants, enum members, the library's documented
/// static fields, locals assigned once, static readonly fields initialized in source. Anything else is unknown.
/// </summary>
internal sealed class ValueResolver
{
    private const int MaxDepth = 8;
    private readonly BoundBindings _bindings;
    private readonly BlockScope _scope;
    private readonly Arguments? _arguments;

    /// <param name="arguments">Inside a helper followed from a call: that call's arguments, resolved by the caller.</param>
    public ValueResolver(BoundBindings bindings, BlockScope scope, Arguments? arguments = null)
    {
        _bindings = bindings;
        _scope = scope;
        _arguments = arguments;
    }

    /// <summary>The block this resolver reads locals from.</summary>
    public BlockScope Scope => _scope;

    /// <summary>The arguments of the call a helper is followed from, if any.</summary>
    public Arguments? CallArguments => _arguments;

    public bool TryResolve(IOperation? operation, out object value) => TryResolve(operation, 0, out value);

    /// <summary>Resolves a collection; <paramref name="complete"/> is false when any element or the collection itself is unknown.</summary>
    public List<ElementValue> ResolveElements(IOperation operation, out bool complete)
    {
        var result = new List<ElementValue>();
        complete = CollectElements(operation, operation, isInline: true, 0, result);
        return result;
    }

    /// <summary>Adds the element values of a collection initializer ({ "a", "b" } on a property).</summary>
    public bool CollectInitializer(IObjectOrCollectionInitializerOperation initializer, List<ElementValue> result)
    {
        var complete = true;
        foreach (var element in initializer.Initializers)
        {
            if (element is IInvocationOperation { Arguments.Length: 1 } add)
            {
                var value = add.Arguments[0].Value;
                complete &= AddElement(value, value, isInline: true, 0, result);
            }
            else
            {
                complete = false;
            }
        }

        return complete;
    }

    private bool CollectElements(IOperation operation, IOperation site, bool isInline, int depth, List<ElementValue> result)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (Unwrap(operation))
        {
            case IArrayCreationOperation array:
                if (array.Initializer is null)
                {
                    return false;
                }

                var complete = true;
                foreach (var element in array.Initializer.ElementValues)
                {
                    complete &= AddElement(element, isInline ? element : site, isInline, depth, result);
                }

                return complete;
            case IArrayInitializerOperation braces:
                // string[] Field = { ... } declares the array with a bare initializer.
                var bracesComplete = true;
                foreach (var element in braces.ElementValues)
                {
                    bracesComplete &= AddElement(element, isInline ? element : site, isInline, depth, result);
                }

                return bracesComplete;
            case IObjectCreationOperation creation:
                if (creation.Initializer is null)
                {
                    return creation.Arguments.IsEmpty;
                }

                if (!creation.Arguments.IsEmpty)
                {
                    return false;
                }

                var initializerComplete = true;
                foreach (var element in creation.Initializer.Initializers)
                {
                    if (element is IInvocationOperation { Arguments.Length: 1 } add)
                    {
                        var value = add.Arguments[0].Value;
                        initializerComplete &= AddElement(value, isInline ? value : site, isInline, depth, result);
                    }
                    else
                    {
                        initializerComplete = false;
                    }
                }

                return initializerComplete;
            case { Syntax: CollectionExpressionSyntax collection, SemanticModel: { } model }:
                // Collection expressions (["code"]) have no operation interface in Roslyn 4.8: read their elements from syntax.
                var collectionComplete = true;
                foreach (var element in collection.Elements)
                {
                    if (element is ExpressionElementSyntax { Expression: { } expression } && model.GetOperation(expression) is { } value)
                    {
                        collectionComplete &= AddElement(value, isInline ? value : site, isInline, depth, result);
                    }
                    else
                    {
                        collectionComplete = false;
                    }
                }

                return collectionComplete;
            case ILocalReferenceOperation local when _scope.SingleValue(local.Local) is { } assigned:
                return CollectElements(assigned, site, isInline: false, depth + 1, result);
            case IParameterReferenceOperation parameter when _arguments?.For(parameter.Parameter) is { } argument:
                return argument.Resolver.CollectElements(argument.Value, site, isInline: false, depth + 1, result);
            case IMemberReferenceOperation preset when _bindings.TryGetKnownValue(preset.Member, out var known) && known is string[] elements:
                foreach (var element in elements)
                {
                    result.Add(new ElementValue(site, element, isInline: false));
                }

                return true;
            case IFieldReferenceOperation field when _bindings.BoundOnce(field.Field, InitializerOf) is { } initializer:
                return CollectElements(initializer, site, isInline: false, depth + 1, result);
            case IPropertyReferenceOperation { Instance: null } property when _bindings.BoundOnce(property.Property, BodyOf) is { } body:
                return CollectElements(body, site, isInline: false, depth + 1, result);
            default:
                return false;
        }
    }

    private bool AddElement(IOperation element, IOperation site, bool isInline, int depth, List<ElementValue> result)
    {
        var known = TryResolve(element, depth + 1, out var value);
        result.Add(new ElementValue(site, known ? value : null, isInline));
        return known;
    }

    private bool TryResolve(IOperation? operation, int depth, out object value)
    {
        value = null!;
        if (operation is null || depth > MaxDepth)
        {
            return false;
        }

        if (operation.ConstantValue is { HasValue: true, Value: { } constant })
        {
            value = constant;
            return true;
        }

        switch (Unwrap(operation))
        {
            case IMemberReferenceOperation member when member is IFieldReferenceOperation or IPropertyReferenceOperation
                && _bindings.TryGetKnownValue(member.Member, out var known) && known is not string[]:
                value = known;
                return true;
            case IPropertyReferenceOperation { Instance: null } property when _bindings.BoundOnce(property.Property, BodyOf) is { } body:
                return TryResolve(body, depth + 1, out value);
            case IFieldReferenceOperation field when _bindings.BoundOnce(field.Field, InitializerOf) is { } initializer:
                return TryResolve(initializer, depth + 1, out value);
            case ILocalReferenceOperation local when _scope.SingleValue(local.Local) is { } assigned:
                return TryResolve(assigned, depth + 1, out value);
            case IParameterReferenceOperation parameter when _arguments?.For(parameter.Parameter) is { } argument:
                return argument.Resolver.TryResolve(argument.Value, depth + 1, out value);
            case IParameterReferenceOperation parameter when _bindings.CallSites.SingleArgument(parameter.Parameter) is { } only:
                // The caller's block is not this one: only constants and fields resolve there.
                return new ValueResolver(_bindings, BlockScope.Empty).TryResolve(only, depth + 1, out value);
            case IInvocationOperation { TargetMethod.IsStatic: true } call when IsSystemType(call.TargetMethod.ContainingType, "TimeSpan"):
                return TryTimeSpan(call.TargetMethod.Name, call.Arguments, depth, out value);
            case IObjectCreationOperation creation when IsSystemType(creation.Type, "TimeSpan"):
                return TryTimeSpan(".ctor", creation.Arguments, depth, out value);
            case IFieldReferenceOperation { Field.Name: "Zero" } zero when IsSystemType(zero.Field.ContainingType, "TimeSpan"):
                value = TimeSpan.Zero;
                return true;
            case IObjectCreationOperation created when _bindings.ObjectValue(created.Type) is { } stands:
                return TryObjectValue(created, stands, depth, out value);
            case IObjectCreationOperation { Arguments.Length: 1 } uri when IsSystemType(uri.Type, "Uri")
                && TryResolve(uri.Arguments[0].Value, depth + 1, out var text) && text is string:
                // A Uri is judged as the text it was created from.
                value = text;
                return true;
            case { ConstantValue: { HasValue: true, Value: { } unwrapped } }:
                value = unwrapped;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The argument passed for the parameter named <paramref name="parameter"/> (arguments may be named, in any order), or null.</summary>
    public static IArgumentOperation? Argument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string? parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>
    /// For a library object created in place (<c>new SigningCredentials(key, SecurityAlgorithms.RsaSha256)</c>), the
    /// operation its value is written in: the initializer member's value or the constructor argument; null otherwise.
    /// </summary>
    public IOperation? ObjectValueSource(IOperation operation)
    {
        if (Unwrap(operation) is not IObjectCreationOperation creation || _bindings.ObjectValue(creation.Type) is not { } stands)
        {
            return null;
        }

        if (creation.Initializer is not null)
        {
            foreach (var member in creation.Initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment && property.Property.Name == stands.Member)
                {
                    return assignment.Value;
                }
            }
        }

        return Argument(creation.Arguments, stands.Parameter) is { ArgumentKind: not ArgumentKind.DefaultValue } argument ? argument.Value : null;
    }

    /// <summary>The value a created library object stands for: its member in the initializer, else its constructor argument, else the default.</summary>
    private bool TryObjectValue(IObjectCreationOperation creation, Bindings.ObjectValue stands, int depth, out object value)
    {
        value = null!;
        if (ObjectValueSource(creation) is { } source)
        {
            return TryResolve(source, depth + 1, out value);
        }

        if (stands.Default is { } constructed)
        {
            value = constructed;
            return true;
        }

        return false;
    }

    private static bool IsSystemType(ITypeSymbol? type, string name)
        => type is { Name: var typeName, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } && typeName == name;

    /// <summary><c>TimeSpan.FromSeconds(60)</c>, <c>FromMinutes</c>, ..., and <c>new TimeSpan(h, m, s)</c> with known numbers.</summary>
    private bool TryTimeSpan(string method, ImmutableArray<IArgumentOperation> arguments, int depth, out object value)
    {
        value = null!;
        var numbers = new List<double>(arguments.Length);
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (!TryResolve(argument.Value, depth + 1, out var number) || number is not (int or long or double or float or short))
            {
                return false;
            }

            numbers.Add(Convert.ToDouble(number, CultureInfo.InvariantCulture));
        }

        TimeSpan? result = (method, numbers.Count) switch
        {
            ("FromDays", 1) => TimeSpan.FromDays(numbers[0]),
            ("FromHours", 1) => TimeSpan.FromHours(numbers[0]),
            ("FromMinutes", 1) => TimeSpan.FromMinutes(numbers[0]),
            ("FromSeconds", 1) => TimeSpan.FromSeconds(numbers[0]),
            ("FromMilliseconds", 1) => TimeSpan.FromMilliseconds(numbers[0]),
            (".ctor", 1) => TimeSpan.FromTicks((long)numbers[0]),
            (".ctor", 3) => new TimeSpan((int)numbers[0], (int)numbers[1], (int)numbers[2]),
            (".ctor", 4) => new TimeSpan((int)numbers[0], (int)numbers[1], (int)numbers[2], (int)numbers[3]),
            _ => null,
        };
        if (result is { } known)
        {
            value = known;
            return true;
        }

        return false;
    }

    /// <summary>
    /// What a static get-only property declared in source returns: its expression body or initializer
    /// (<c>static string[] Callbacks => new[] { ... }</c>), read through its own semantic model.
    /// </summary>
    private IOperation? BodyOf(ISymbol member)
    {
        var property = (IPropertySymbol)member;
        if (!property.IsStatic || property.SetMethod is not null || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax() is not PropertyDeclarationSyntax declaration)
        {
            return null;
        }

        var expression = declaration.ExpressionBody?.Expression
            ?? declaration.Initializer?.Value
            ?? (declaration.AccessorList?.Accessors is { Count: 1 } accessors ? accessors[0].ExpressionBody?.Expression : null);
        if (expression is null || !_bindings.Compilation.ContainsSyntaxTree(expression.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // The property may be declared in another tree; the driver offers no model for that tree here.
        return _bindings.Compilation.GetSemanticModel(expression.SyntaxTree).GetOperation(expression);
#pragma warning restore RS1030
    }

    /// <summary>The initializer of a static readonly field declared in source, read through its own semantic model.</summary>
    private IOperation? InitializerOf(ISymbol member)
    {
        var field = (IFieldSymbol)member;
        if (!field.IsStatic || !field.IsReadOnly || field.IsConst || field.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        if (field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } value })
        {
            return null;
        }

        if (!_bindings.Compilation.ContainsSyntaxTree(value.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // The field may be declared in another tree; the driver offers no model for that tree here.
        var model = _bindings.Compilation.GetSemanticModel(value.SyntaxTree);
#pragma warning restore RS1030
        return model.GetOperation(value);
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}

/// <summary>The arguments of the call through which a helper is followed, each with the resolver of the caller's block.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<IParameterSymbol, (IOperation Value, ValueResolver Resolver)> _byParameter = new(SymbolEqualityComparer.Default);

    public Arguments(IInvocationOperation call, ValueResolver caller)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter)
            {
                _byParameter[parameter.OriginalDefinition] = (argument.Value, caller);
            }
        }
    }

    public (IOperation Value, ValueResolver Resolver)? For(IParameterSymbol parameter)
        => _byParameter.TryGetValue(parameter.OriginalDefinition, out var argument) ? argument : null;
}
