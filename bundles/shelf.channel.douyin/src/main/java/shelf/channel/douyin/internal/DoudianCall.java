package shelf.channel.douyin.internal;

import com.google.gson.JsonObject;

import shelf.api.channel.ChannelException;

/** One signed call of the 抖店 open API: method and param_json in, the answer's data out. */
@FunctionalInterface
interface DoudianCall {
    JsonObject call(String method, JsonObject param) throws ChannelException;
}
