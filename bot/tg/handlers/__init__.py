"""Telegram handlers grouped by feature; `bot.tg.app` registers them."""
