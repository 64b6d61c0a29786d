using System.Linq.Expressions;
using MassTransit;

namespace Returns.Hosting.Logging;

/// <summary>
/// Reads the ReturnId every Returns message carries (a Fault&lt;T&gt; through the message it wraps), compiled once
/// per message type; null for a message without one (a search, a scheduler command, raw intake JSON).
/// </summary>
public static class MessageReturnId<T>
    where T : class
{
    private static readonly Func<T, Guid?> Read = Compile();

    public static Guid? Of(T message) => Read(message);

    private static Func<T, Guid?> Compile()
    {
        var message = Expression.Parameter(typeof(T), "message");
        var body = ReturnIdOf(message, typeof(T));
        return body is null
            ? _ => null
            : Expression.Lambda<Func<T, Guid?>>(body, message).Compile();
    }

    private static Expression? ReturnIdOf(Expression instance, Type type)
    {
        if (type.GetProperty("ReturnId") is { PropertyType: var idType } property && (idType == typeof(Guid) || idType == typeof(Guid?)))
        {
            return Expression.Convert(Expression.Property(instance, property), typeof(Guid?));
        }

        var fault = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Fault<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Fault<>));
        if (fault is null)
        {
            return null;
        }

        var inner = fault.GetGenericArguments()[0];
        var wrapped = Expression.Property(Expression.Convert(instance, fault), fault.GetProperty(nameof(Fault<object>.Message))!);
        var id = ReturnIdOf(wrapped, inner);
        return id is null
            ? null
            : Expression.Condition(Expression.Equal(wrapped, Expression.Constant(null, inner)), Expression.Constant(null, typeof(Guid?)), id);
    }
}
